package id.go.mojokertokab.asiek.deployment;

import java.util.List;
import org.camunda.bpm.engine.Problem;

/** One broken convention of a diagram: the sentence an analyst reads in Modeler, and the element it is about. */
record DiagramProblem(String message, String elementId) implements Problem {

  @Override
  public String getMessage() {
    return message;
  }

  @Override
  public int getLine() {
    return 0;
  }

  @Override
  public int getColumn() {
    return 0;
  }

  @Override
  public String getMainElementId() {
    return elementId;
  }

  @Override
  public List<String> getElementIds() {
    return elementId == null ? List.of() : List.of(elementId);
  }
}
