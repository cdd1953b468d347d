package id.go.mojokertokab.asiek.form;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.stereotype.Component;

/**
 * A Spring component that serves one form (its {@link FormRules}, {@link TaskFormData} or {@link LiveFormVariables}),
 * named once here instead of in a method of each bean. The attribute is not called {@code value}: Spring would take
 * that for the bean's name, and two beans may serve the same form.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Component
public @interface FormBean {

  /** The form's id ({@code Form_…}), as in forms/ and in the model's formRef. */
  String form();
}
