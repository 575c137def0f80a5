package dev.tradeatlas.shared;

/**
 * Whether whoever asked the question being answered on this thread still waits for the answer. Long
 * work asks now and then and stops once they have gone (security review F1), instead of resolving
 * for nobody until its time limit.
 */
@FunctionalInterface
public interface ClientPresence {

  /** Never gone: work outside a request (imports, checks), and tests of pure rules. */
  ClientPresence ALWAYS = () -> false;

  /**
   * True once the client that asked the question answered on this thread has closed its connection;
   * false while it is there, and whenever that cannot be told.
   */
  boolean gone();

  /** Stops the work of a question whose client has gone. */
  default void stillWanted() {
    if (gone()) {
      throw new ClientGoneException();
    }
  }
}
