package dev.tradeatlas.shared;

/**
 * A value that cannot be parsed, thrown by value types that do not know which parameter they came
 * from; the problem handler names the parameter.
 */
public class InvalidValueException extends IllegalArgumentException {

  public InvalidValueException(String message) {
    super(message);
  }
}
