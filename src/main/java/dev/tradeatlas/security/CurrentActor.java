package dev.tradeatlas.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is writing: the authenticated user's name, recorded with every write. */
public final class CurrentActor {

  private CurrentActor() {}

  public static String name() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !authentication.isAuthenticated()) {
      throw new IllegalStateException("writes run only for authenticated editors");
    }
    return authentication.getName();
  }
}
