package dev.tradeatlas.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Accounts from the environment: the editor (TRADE_EDITOR_USERNAME, TRADE_EDITOR_PASSWORD), who may
 * write, and optionally a viewer (TRADE_VIEWER_USERNAME, TRADE_VIEWER_PASSWORD), who may only read.
 * Without an editor, every write is refused.
 */
@ConfigurationProperties("trade")
public record AccountSettings(Account editor, Account viewer, Integer bcryptStrength) {

  /** BCrypt work factor for the stored passwords: 10 unless set (tests lower it for speed). */
  int strength() {
    return bcryptStrength == null ? 10 : bcryptStrength;
  }

  /** A username and password; absent when either is blank. */
  public record Account(String username, String password) {
    boolean configured() {
      return username != null && !username.isBlank() && password != null && !password.isBlank();
    }
  }

  boolean editorConfigured() {
    return editor != null && editor.configured();
  }

  boolean viewerConfigured() {
    return viewer != null && viewer.configured();
  }
}
