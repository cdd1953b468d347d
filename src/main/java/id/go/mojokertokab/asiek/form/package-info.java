/**
 * Server-side checks of submitted Camunda Forms. Form-js validates only in the browser; here the same rules (read from
 * the deployed form) and the rules a form cannot express are checked again, with Indonesian messages naming the field.
 */
package id.go.mojokertokab.asiek.form;
