package id.go.mojokertokab.asiek.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused admin password into Spring Boot's short start-up failure report instead of a stack trace. */
class WeakAdminPasswordFailureAnalyzer extends AbstractFailureAnalyzer<WeakAdminPasswordException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, WeakAdminPasswordException cause) {
    return new FailureAnalysis("Pustaka ASIEK refuses to start: " + cause.getMessage() + ".",
        "Set ASIEK_ADMIN_PASSWORD to a password of at least " + AdminPasswordPolicy.MIN_LENGTH
            + " characters that does not contain the admin user id (see README, Configuration).", cause);
  }
}
