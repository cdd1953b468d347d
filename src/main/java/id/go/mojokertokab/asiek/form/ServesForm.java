package id.go.mojokertokab.asiek.form;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ClassUtils;

/** A bean that serves one form; whoever collects such beans finds each by {@link #formId()}. */
public interface ServesForm {

  /** The form served: by default the {@link FormBean#form()} its class is annotated with. */
  default String formId() {
    FormBean bean = AnnotatedElementUtils.findMergedAnnotation(ClassUtils.getUserClass(this), FormBean.class);
    if (bean == null) {
      throw new IllegalStateException(getClass().getName() + " names no form: annotate it with @FormBean(form = Forms.…).");
    }
    return bean.form();
  }
}
