package id.go.mojokertokab.asiek.document;

import org.springframework.http.HttpStatusCode;

/** A file the store will not keep, with the Indonesian sentence that says why and the HTTP status that fits. */
public class DocumentRefusedException extends RuntimeException {

  private final HttpStatusCode status;

  DocumentRefusedException(HttpStatusCode status, String message) {
    super(message);
    this.status = status;
  }

  public HttpStatusCode status() {
    return status;
  }
}
