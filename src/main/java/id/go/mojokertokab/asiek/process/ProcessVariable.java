package id.go.mojokertokab.asiek.process;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Objects;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * One variable of the model: the name that forms, the diagram and the code spell it by, and the Java type the code
 * reads and writes it as. Forms deliver what form-js sends (dates as "2026-12-01" text, numbers as Long or Double,
 * lists as JSON); {@link #get} turns that into the variable's type and names the variable when it cannot.
 */
public final class ProcessVariable<T> {

  /** What a variable holds, as a form field would enter it (the guard test matches them with the forms' fields). */
  public enum Kind { TEXT, NUMBER, FLAG, DATE, DATE_TIME, INSTANT, JSON }

  private final String name;
  private final Kind kind;
  private final Function<Object, T> reader;
  private final Function<T, Object> writer;

  private ProcessVariable(String name, Kind kind, Function<Object, T> reader, Function<T, Object> writer) {
    this.name = Objects.requireNonNull(name);
    this.kind = kind;
    this.reader = reader;
    this.writer = writer;
  }

  public static ProcessVariable<String> text(String name) {
    return new ProcessVariable<>(name, Kind.TEXT, value -> value instanceof String text ? text : null, value -> value);
  }

  public static ProcessVariable<Long> number(String name) {
    return new ProcessVariable<>(name, Kind.NUMBER, value -> {
      if (value instanceof Number number) {
        return number.longValue();
      }
      return value instanceof String text ? Long.valueOf(text.trim()) : null;
    }, value -> value);
  }

  public static ProcessVariable<Boolean> flag(String name) {
    return new ProcessVariable<>(name, Kind.FLAG, value -> value instanceof Boolean flag ? flag
        : value instanceof String text ? Boolean.valueOf(text.trim()) : null, value -> value);
  }

  /** A day as forms send it ("2026-12-01", or with a time that is ignored). */
  public static ProcessVariable<LocalDate> date(String name) {
    return new ProcessVariable<>(name, Kind.DATE, value -> value instanceof String text
        ? LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text) : null, LocalDate::toString);
  }

  /** A moment as form-js sends it ("2026-11-30T18:30+07:00"). */
  public static ProcessVariable<OffsetDateTime> dateTime(String name) {
    return new ProcessVariable<>(name, Kind.DATE_TIME, value -> value instanceof String text ? OffsetDateTime.parse(text) : null,
        OffsetDateTime::toString);
  }

  /** A moment the code sets, stored as a date variable. */
  public static ProcessVariable<Date> instant(String name) {
    return new ProcessVariable<>(name, Kind.INSTANT, value -> value instanceof Date date ? date : null, value -> value);
  }

  /** A JSON value: a checklist's ticks, a dynamic list's items, a select's options. */
  public static ProcessVariable<SpinJsonNode> json(String name) {
    return new ProcessVariable<>(name, Kind.JSON, value -> {
      if (value instanceof SpinJsonNode node) {
        return node;
      }
      return value instanceof String text ? Spin.JSON(text) : null;
    }, value -> SpinValues.jsonValue(value).create());
  }

  public String name() {
    return name;
  }

  public Kind kind() {
    return kind;
  }

  /** The value visible from this scope (local first, then its parents); null when there is none. */
  public T get(VariableScope scope) {
    return read(scope.getVariable(name));
  }

  public T getLocal(VariableScope scope) {
    return read(scope.getVariableLocal(name));
  }

  /** The value, which must be there; a missing one is a fault of the model, named. */
  public T require(VariableScope scope) {
    T value = get(scope);
    if (value == null) {
      throw new IllegalStateException("Process variable " + name + " is not set");
    }
    return value;
  }

  /** The value in a map of variables, as RuntimeService.getVariables gives them; null when there is none. */
  public T in(java.util.Map<String, ?> variables) {
    return read(variables.get(name));
  }

  /** The value as it is stored, for the engine's APIs that take a name and a value (RuntimeService.setVariable). */
  public Object stored(T value) {
    return value == null ? null : writer.apply(value);
  }

  public void set(VariableScope scope, T value) {
    scope.setVariable(name, value == null ? null : writer.apply(value));
  }

  public void setLocal(VariableScope scope, T value) {
    scope.setVariableLocal(name, value == null ? null : writer.apply(value));
  }

  private T read(Object value) {
    if (value == null) {
      return null;
    }
    try {
      T typed = reader.apply(value);
      if (typed == null) {
        throw new IllegalStateException("Process variable " + name + " holds " + value.getClass().getSimpleName() + ", not " + kind);
      }
      return typed;
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IllegalStateException("Process variable " + name + " holds \"" + value + "\", not " + kind, e);
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
