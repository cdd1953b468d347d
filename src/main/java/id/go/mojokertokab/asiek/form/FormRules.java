package id.go.mojokertokab.asiek.form;

/**
 * The checks of one form that its JSON cannot say: fields required only in some answers, date order, formats such as
 * Indonesian phone numbers. A Spring bean per form, annotated {@link FormBean}; {@link FormSubmissionGuard} runs it after the form's own rules.
 */
public interface FormRules extends ServesForm {

  void check(FormCheck check);
}
