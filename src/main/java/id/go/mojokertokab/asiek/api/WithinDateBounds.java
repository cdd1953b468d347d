package id.go.mojokertokab.asiek.api;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import id.go.mojokertokab.asiek.calendar.DateBounds;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/**
 * A {@link LocalDate}, or a date and time written as text ("2026-12-14T08:00"), whose day lies within the office's
 * {@link DateBounds}. {@link #message()} is said when the text is no date and time; a date out of bounds is told the
 * bounds. Null is valid: pair with a required constraint where the value must be there.
 */
@Documented
@Constraint(validatedBy = WithinDateBounds.Validator.class)
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
public @interface WithinDateBounds {

  String message() default "harus berisi tanggal dan jam, misalnya 2026-12-14T08:00.";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  record Validator(DateBounds bounds, Clock clock) implements ConstraintValidator<WithinDateBounds, Object> {

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
      LocalDate date;
      if (value == null) {
        return true;
      } else if (value instanceof LocalDate day) {
        date = day;
      } else if (value instanceof CharSequence text) {
        try {
          date = LocalDateTime.parse(text).toLocalDate();
        } catch (DateTimeParseException e) {
          return false;
        }
      } else {
        throw new IllegalArgumentException("@WithinDateBounds reads LocalDate or text, not " + value.getClass().getName());
      }
      LocalDate today = LocalDate.now(clock);
      if (bounds.accepts(date, today)) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      // read as a template: the bounds are dates in words, without the braces a template would interpolate
      context.buildConstraintViolationWithTemplate("harus berisi tanggal " + bounds.range(today) + ".").addConstraintViolation();
      return false;
    }
  }
}
