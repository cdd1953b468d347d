package id.go.mojokertokab.asiek.schedule;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import id.go.mojokertokab.asiek.api.OneLine;
import id.go.mojokertokab.asiek.api.WithinDateBounds;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * POST /api/pemesanan: one resource for another office event, e.g. {"sumberDaya":"aula","mulai":"2026-12-14T08:00",
 * "selesai":"2026-12-14T12:00","jumlah":1,"judul":"Rapat Koordinasi Arsip"}. Times are the office's (Asia/Jakarta).
 * Dates stay text until they are valid, so that one answer names every field that is wrong.
 */
@BookingRequest.EndsAfterStart
record BookingRequest(
    @NotBlank(message = BookingRequest.RESOURCE) @BookingRequest.KnownResource String sumberDaya,
    @NotBlank(message = BookingRequest.START) @WithinDateBounds(message = BookingRequest.START) String mulai,
    @NotBlank(message = BookingRequest.END) @WithinDateBounds(message = BookingRequest.END) String selesai,
    @Min(value = 1, message = "paling sedikit 1.") Integer jumlah,
    @NotBlank(message = BookingRequest.TITLE) @Size(max = 150, message = BookingRequest.TITLE) @OneLine String judul) {

  static final String RESOURCE = "harus berisi id sumber daya yang ada (lihat GET /api/sumber-daya).";
  static final String START = "harus berisi tanggal dan jam, misalnya 2026-12-14T08:00.";
  static final String END = "harus berisi tanggal dan jam, misalnya 2026-12-14T12:00.";
  static final String TITLE = "wajib diisi, paling banyak 150 karakter.";

  Session period(ZoneId zone) {
    return new Session(SessionType.MATERI, LocalDateTime.parse(mulai).atZone(zone).toInstant(),
        LocalDateTime.parse(selesai).atZone(zone).toInstant());
  }

  int quantity() {
    return jumlah == null ? 1 : jumlah;
  }

  /** The id names a resource of the office, active or not (an inactive one is then a conflict). */
  @Constraint(validatedBy = KnownResource.Validator.class)
  @Target(FIELD)
  @Retention(RUNTIME)
  @interface KnownResource {

    String message() default RESOURCE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<KnownResource, String> {

      private final ScheduleRepository repository;

      Validator(ScheduleRepository repository) {
        this.repository = repository;
      }

      @Override
      public boolean isValid(String id, ConstraintValidatorContext context) {
        return id == null || repository.resource(id).isPresent();
      }
    }
  }

  /** "selesai" after "mulai", when both are dates and times; the refusal names "selesai". */
  @Constraint(validatedBy = EndsAfterStart.Validator.class)
  @Target(TYPE)
  @Retention(RUNTIME)
  @interface EndsAfterStart {

    String message() default "harus setelah \"mulai\".";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<EndsAfterStart, BookingRequest> {

      @Override
      public boolean isValid(BookingRequest request, ConstraintValidatorContext context) {
        if (request.mulai() == null || request.selesai() == null) {
          return true;
        }
        try {
          if (LocalDateTime.parse(request.selesai()).isAfter(LocalDateTime.parse(request.mulai()))) {
            return true;
          }
        } catch (DateTimeParseException unreadable) {
          return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate()).addPropertyNode("selesai")
            .addConstraintViolation();
        return false;
      }
    }
  }
}
