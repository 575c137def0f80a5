package dev.tradeatlas.shared;

/**
 * The client that asked a question closed its connection before the answer was ready: the work
 * stops, and no answer is written (there is nobody to read it).
 */
public class ClientGoneException extends RuntimeException {

  public ClientGoneException() {
    super("The client closed its connection before the answer was ready", null, false, false);
  }
}
