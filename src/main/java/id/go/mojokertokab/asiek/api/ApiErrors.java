package id.go.mojokertokab.asiek.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.RecordComponent;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Every error of /api as an RFC 9457 problem whose {@code detail} says in Indonesian what to change: invalid bodies and
 * parameters (each field's sentence also under {@code kolom} or {@code parameter}), unreadable JSON, wrong types, unknown
 * paths, wrong methods, and, for anything unexpected, a plain 500 without a stack. The routed path decides, as in the
 * security chain; errors outside /api (Camunda's webapps, actuator) are left to Spring Boot as before.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

  private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);
  private static final PathPattern API = PathPatternParser.defaultInstance.parse("/api/**");
  static final String FIELDS = "kolom";
  static final String PARAMETERS = "parameter";

  /** One invalid field or parameter and what is wrong with it. */
  private record Invalid(String property, String name, String message) {
    String sentence() {
      return (PARAMETERS.equals(property) ? "Parameter" : "Kolom") + " \"" + name + "\" " + message;
    }
  }

  /**
   * Every exception of a request under /api, by kind. Exceptions of other requests, and Spring Security's (its own chain
   * answers 401 and 403), go on to Spring's usual handling.
   */
  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> problem(Exception e, HttpServletRequest request) throws Exception {
    if (!isApi(request) || e instanceof AccessDeniedException || e instanceof AuthenticationException) {
      throw e;
    }
    if (e instanceof MethodArgumentNotValidException invalid) {
      return invalid(fields(invalid.getBindingResult(), invalid.getBindingResult().getTarget()));
    }
    if (e instanceof HandlerMethodValidationException invalid) {
      return invalidArguments(invalid);
    }
    if (e instanceof HttpMessageNotReadableException unreadable) {
      return unreadableBody(unreadable);
    }
    if (e instanceof TypeMismatchException mismatch) {
      String name = mismatch instanceof MethodArgumentTypeMismatchException argument ? argument.getName() : mismatch.getPropertyName();
      return invalid(List.of(new Invalid(PARAMETERS, name, "harus berupa " + typeName(mismatch.getRequiredType()) + ".")));
    }
    if (e instanceof MissingServletRequestParameterException missing) {
      return invalid(List.of(new Invalid(PARAMETERS, missing.getParameterName(), "wajib diisi.")));
    }
    if (e instanceof NoResourceFoundException || e instanceof NoHandlerFoundException) {
      return problem(HttpStatus.NOT_FOUND, "Alamat ini tidak ada pada API Pustaka ASIEK.", e);
    }
    if (e instanceof HttpRequestMethodNotSupportedException method) {
      String supported = method.getSupportedMethods() == null ? "" : "; gunakan " + String.join(" atau ", method.getSupportedMethods());
      return problem(HttpStatus.METHOD_NOT_ALLOWED, "Metode " + method.getMethod() + " tidak didukung pada alamat ini" + supported + ".", e);
    }
    if (e instanceof HttpMediaTypeNotSupportedException) {
      return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Isi permintaan harus dikirim sebagai JSON (Content-Type: application/json).", e);
    }
    if (e.getClass() == ResponseStatusException.class || e.getClass() == ErrorResponseException.class) {
      // raised by our controllers: the detail is Indonesian already
      ErrorResponse ours = (ErrorResponse) e;
      ours.getBody().setTitle(Problems.title(ours.getStatusCode()));
      return ResponseEntity.status(ours.getStatusCode()).headers(ours.getHeaders()).body(ours.getBody());
    }
    HttpStatusCode status = e instanceof ErrorResponse response ? response.getStatusCode() : HttpStatus.INTERNAL_SERVER_ERROR;
    if (status.is5xxServerError()) {
      log.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
      return problem(status, "Terjadi kesalahan pada server. Silakan coba lagi; bila terus terjadi, hubungi administrator.", e);
    }
    return problem(status, "Permintaan tidak dapat diproses (kode " + status.value() + ").", e);
  }

  private static ResponseEntity<ProblemDetail> invalidArguments(HandlerMethodValidationException e) {
    List<Invalid> invalid = new ArrayList<>();
    e.getBeanResults().forEach(bean -> invalid.addAll(fields(bean, bean.getArgument())));
    e.getValueResults().forEach(value -> invalid.add(new Invalid(PARAMETERS, value.getMethodParameter().getParameterName(),
        messages(value.getResolvableErrors()))));
    return invalid(invalid);
  }

  private static ResponseEntity<ProblemDetail> unreadableBody(HttpMessageNotReadableException e) {
    if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
      String field = mismatch.getPath().stream()
          .map(step -> step.getFieldName() != null ? step.getFieldName() : String.valueOf(step.getIndex()))
          .collect(Collectors.joining("."));
      return invalid(List.of(new Invalid(FIELDS, field, "harus berupa " + typeName(mismatch.getTargetType()) + ".")));
    }
    if (e.getCause() instanceof JsonMappingException) {
      return problem(HttpStatus.BAD_REQUEST, "Isi permintaan harus berupa objek JSON dengan kolom yang diminta.", e);
    }
    if (e.getCause() instanceof JsonProcessingException) {
      return problem(HttpStatus.BAD_REQUEST, "Isi permintaan bukan JSON yang benar.", e);
    }
    return problem(HttpStatus.BAD_REQUEST, "Isi permintaan (JSON) wajib ada.", e);
  }

  /** The routed path, as Spring MVC and the security chain match it. */
  private static boolean isApi(HttpServletRequest request) {
    var path = ServletRequestPathUtils.hasParsedRequestPath(request)
        ? ServletRequestPathUtils.getParsedRequestPath(request)
        : ServletRequestPathUtils.parseAndCache(request);
    return API.matches(path.pathWithinApplication());
  }

  private static ResponseEntity<ProblemDetail> problem(HttpStatusCode status, String detail, Exception e) {
    HttpHeaders headers = e instanceof ErrorResponse response ? response.getHeaders() : HttpHeaders.EMPTY;
    return ResponseEntity.status(status).headers(headers).body(Problems.of(status, detail));
  }

  private static ResponseEntity<ProblemDetail> invalid(List<Invalid> invalid) {
    ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, invalid.stream().map(Invalid::sentence).collect(Collectors.joining(" ")));
    for (String property : List.of(FIELDS, PARAMETERS)) {
      Map<String, String> sentences = new LinkedHashMap<>();
      invalid.stream().filter(i -> i.property().equals(property)).forEach(i -> sentences.merge(i.name(), i.sentence(), (a, b) -> a + " " + b));
      if (!sentences.isEmpty()) {
        problem.setProperty(property, sentences);
      }
    }
    return ResponseEntity.badRequest().body(problem);
  }

  /** The field errors of a body, in the order of its record's components, several of one field in one sentence. */
  private static List<Invalid> fields(Errors result, Object target) {
    List<String> order = target != null && target.getClass().isRecord()
        ? Arrays.stream(target.getClass().getRecordComponents()).map(RecordComponent::getName).toList()
        : List.of();
    Map<String, List<FieldError>> byField = result.getFieldErrors().stream()
        .collect(Collectors.groupingBy(FieldError::getField, LinkedHashMap::new, Collectors.toList()));
    List<Invalid> invalid = new ArrayList<>();
    byField.keySet().stream()
        .sorted(Comparator.comparingInt((String field) -> order.contains(field) ? order.indexOf(field) : order.size())
            .thenComparing(Comparator.naturalOrder()))
        .forEach(field -> invalid.add(new Invalid(FIELDS, field, messages(byField.get(field)))));
    result.getGlobalErrors().forEach(error -> invalid.add(new Invalid(FIELDS, error.getObjectName(), error.getDefaultMessage())));
    return invalid;
  }

  private static String messages(Collection<? extends MessageSourceResolvable> errors) {
    return errors.stream().map(MessageSourceResolvable::getDefaultMessage).sorted().distinct().collect(Collectors.joining(" "));
  }

  private static String typeName(Class<?> type) {
    if (type == null) {
      return "nilai yang benar";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class || type == Short.class || type == short.class) {
      return "bilangan bulat";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
      return "angka";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true atau false";
    }
    if (Temporal.class.isAssignableFrom(type)) {
      return "tanggal (misalnya 2026-12-14)";
    }
    if (CharSequence.class.isAssignableFrom(type)) {
      return "teks";
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return "daftar";
    }
    return "objek JSON";
  }
}
