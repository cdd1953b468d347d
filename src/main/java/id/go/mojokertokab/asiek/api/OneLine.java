package id.go.mojokertokab.asiek.api;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Text of one line: no line breaks, tabs or other control characters, which would start new lines in the mails and
 * forms the text is copied into.
 */
@Documented
@Constraint(validatedBy = OneLine.Validator.class)
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
public @interface OneLine {

  String message() default "harus satu baris, tanpa baris baru atau karakter kendali.";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<OneLine, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      return value == null || value.chars().noneMatch(c -> Character.isISOControl(c)
          || Character.getType(c) == Character.LINE_SEPARATOR || Character.getType(c) == Character.PARAGRAPH_SEPARATOR);
    }
  }
}
