package id.go.mojokertokab.asiek.process;

import java.beans.Introspector;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;

/** The application's Spring components and the forms in forms/, read without starting Spring, for model guards. */
public final class OurBeans {

  private OurBeans() {}

  /** Bean name → class of every {@code @Component} under src/main/java, also where a stereotype such as {@code @FormBean} carries it. */
  public static Map<String, Class<?>> components() {
    Map<String, Class<?>> beans = new HashMap<>();
    for (Class<?> type : classes()) {
      Component component = AnnotatedElementUtils.findMergedAnnotation(type, Component.class);
      if (component != null) {
        beans.put(component.value().isEmpty() ? Introspector.decapitalize(type.getSimpleName()) : component.value(), type);
      }
    }
    return beans;
  }

  /** Every top-level class under src/main/java, loaded without initialising it. */
  public static List<Class<?>> classes() {
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      List<Class<?>> classes = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String name = Path.of("src/main/java").relativize(file).toString().replace('/', '.').replaceAll("\\.java$", "");
        classes.add(Class.forName(name, false, OurBeans.class.getClassLoader()));
      }
      return classes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The ids of the forms in forms/. */
  public static Set<String> formIds() {
    Set<String> ids = new HashSet<>();
    try (DirectoryStream<Path> forms = Files.newDirectoryStream(Path.of("forms"), "*.form")) {
      for (Path form : forms) {
        try (InputStream in = Files.newInputStream(form)) {
          ids.add(new com.fasterxml.jackson.databind.ObjectMapper().readTree(in).path("id").asText());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ids;
  }
}
