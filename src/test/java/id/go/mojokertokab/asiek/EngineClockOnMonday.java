package id.go.mojokertokab.asiek;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * {@code @ExtendWith(EngineClockOnMonday.class)}: the engine clock stands at {@link TestData#MONDAY_0900} before the
 * class's first test and goes back to the real time after its last, so the next class does not inherit a pinned clock.
 */
public final class EngineClockOnMonday implements BeforeAllCallback, AfterAllCallback {

  @Override
  public void beforeAll(ExtensionContext context) {
    ClockUtil.setCurrentTime(TestData.date(TestData.MONDAY_0900));
  }

  @Override
  public void afterAll(ExtensionContext context) {
    ClockUtil.reset();
  }
}
