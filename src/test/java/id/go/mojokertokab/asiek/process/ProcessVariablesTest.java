package id.go.mojokertokab.asiek.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import id.go.mojokertokab.asiek.form.FormField;
import id.go.mojokertokab.asiek.form.FormSchema;
import id.go.mojokertokab.asiek.process.ProcessVariable.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;

/** Every variable a form submits or shows has its one typed constant in PustakaAsiekProcess, of the field's kind. */
class ProcessVariablesTest {

  static Map<String, ProcessVariable<?>> constants() throws IllegalAccessException {
    Map<String, ProcessVariable<?>> byName = new HashMap<>();
    for (Class<?> names : PustakaAsiekProcess.class.getDeclaredClasses()) {
      for (Field field : names.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) && field.getType() == ProcessVariable.class) {
          ProcessVariable<?> variable = (ProcessVariable<?>) field.get(null);
          assertThat(byName.put(variable.name(), variable)).as("two constants name " + variable.name()).isNull();
        }
      }
    }
    return byName;
  }

  static List<FormSchema> forms() throws IOException {
    List<FormSchema> forms = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(Path.of("forms"), "*.form")) {
      for (Path file : files) {
        try (InputStream in = Files.newInputStream(file)) {
          forms.add(FormSchema.parse(in));
        }
      }
    }
    return forms;
  }

  @Test
  void everyFieldAFormSubmitsHasItsConstantOfTheFieldsKind() throws Exception {
    Map<String, ProcessVariable<?>> constants = constants();
    for (FormSchema form : forms()) {
      for (String key : form.submittableKeys()) {
        assertThat(constants).as("%s submits %s", form.id(), key).containsKey(key);
        form.field(key).ifPresent(field ->
            assertThat(constants.get(key).kind()).as("%s.%s (%s)", form.id(), key, field.type()).isEqualTo(kindOf(field)));
      }
    }
  }

  @Test
  void everyVariableAFormShowsHasItsConstant() throws Exception {
    Map<String, ProcessVariable<?>> constants = constants();
    for (FormSchema form : forms()) {
      assertThat(constants.keySet()).as("variables %s shows", form.id()).containsAll(form.referencedVariables());
    }
  }

  @Test
  void theConstantsReadWhatFormsDeliver() {
    assertThat(ProcessVariable.date("d").kind()).isEqualTo(Kind.DATE);
    VariableScope scope = mock(VariableScope.class);
    when(scope.getVariable("d")).thenReturn("2026-12-01");
    when(scope.getVariable("n")).thenReturn(40L);
    when(scope.getVariable("t")).thenReturn("2026-11-30T18:30+07:00");
    assertThat(ProcessVariable.date("d").get(scope)).hasToString("2026-12-01");
    assertThat(ProcessVariable.number("n").get(scope)).isEqualTo(40L);
    assertThat(ProcessVariable.dateTime("t").get(scope).toInstant()).hasToString("2026-11-30T11:30:00Z");
    assertThat(ProcessVariable.text("missing").get(scope)).isNull();
    assertThatThrownBy(() -> ProcessVariable.number("d").get(scope))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("Process variable d holds \"2026-12-01\", not NUMBER");
  }

  private static Kind kindOf(FormField field) {
    return switch (field.type()) {
      case "number" -> Kind.NUMBER;
      case "checkbox" -> Kind.FLAG;
      case "datetime" -> field.isDate() ? Kind.DATE : Kind.DATE_TIME;
      case "checklist", "taglist" -> Kind.JSON;
      default -> Kind.TEXT;
    };
  }
}
