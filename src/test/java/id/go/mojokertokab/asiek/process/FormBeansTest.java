package id.go.mojokertokab.asiek.process;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.mojokertokab.asiek.form.FormBean;
import id.go.mojokertokab.asiek.form.ServesForm;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every component that serves a form (rules, task data, live variables) names by its @FormBean a form in forms/. */
class FormBeansTest {

  @Test
  void everyFormServingComponentNamesAFormOfOurs() {
    List<Class<?>> serving = OurBeans.components().values().stream().filter(ServesForm.class::isAssignableFrom).toList();

    assertThat(serving).isNotEmpty().allSatisfy(type -> {
      FormBean bean = type.getAnnotation(FormBean.class);
      assertThat(bean).as(type.getName() + " carries @FormBean").isNotNull();
      assertThat(OurBeans.formIds()).as(type.getName() + " serves a form in forms/").contains(bean.form());
    });
  }
}
