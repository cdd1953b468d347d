package id.go.mojokertokab.asiek.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;

class ServesFormTest {

  @FormBean(form = "Form_Example")
  static class Annotated implements ServesForm {}

  static class Unannotated implements ServesForm {}

  @Test
  void aBeanServesTheFormItsAnnotationNames() {
    assertThat(new Annotated().formId()).isEqualTo("Form_Example");
  }

  @Test
  void aBeanWithoutAnnotationSaysWhatItLacks() {
    assertThatIllegalStateException().isThrownBy(() -> new Unannotated().formId())
        .withMessageContaining(Unannotated.class.getName()).withMessageContaining("@FormBean");
  }
}
