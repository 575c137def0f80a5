package dev.tradeatlas.shared;

/** A resource named in the path that does not exist: answered with a 404 problem. */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}
