package dev.tradeatlas.shared;

/** A request parameter that is missing, malformed or out of range: answered with a 400 problem. */
public class InvalidParameterException extends RuntimeException {

  private final String parameter;

  public InvalidParameterException(String parameter, String message) {
    super(message);
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }
}
