package dev.tradeatlas.support;

import dev.tradeatlas.TradeAtlasApplication;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole application started by hand on a random port, for tests that control its lifetime
 * (outage, shutdown) or run outside Spring's test framework (jqwik properties).
 */
public final class RunningApp implements AutoCloseable {

  private final ConfigurableApplicationContext context;

  private RunningApp(ConfigurableApplicationContext context) {
    this.context = context;
  }

  /**
   * Starts the app on a database (null: the development database of devdb), with test-only accounts
   * and extra properties.
   */
  public static RunningApp start(
      TestDatabase.Connection db, List<Class<?>> extraSources, String... properties) {
    java.util.Map<String, String> all = new java.util.LinkedHashMap<>();
    for (String p :
        List.of(
            "server.port=0",
            "spring.datasource.url=" + (db == null ? "" : db.url()),
            "spring.datasource.username=" + (db == null ? "" : db.username()),
            "spring.datasource.password=" + (db == null ? "" : db.password()),
            "trade.editor.username=" + EditorTest.EDITOR,
            "trade.editor.password=" + EditorTest.EDITOR_PASSWORD,
            "trade.viewer.username=" + EditorTest.VIEWER,
            "trade.viewer.password=" + EditorTest.VIEWER_PASSWORD,
            "trade.bcrypt-strength=4",
            "trade.rate-limit.requests-per-second=100000",
            "trade.rate-limit.burst=100000",
            "trade.rate-limit.concurrent-expensive=64",
            "trade.rate-limit.concurrent-expensive-total=64",
            "trade.rate-limit.concurrent-per-client=1000",
            "trade.rate-limit.failed-logins-per-minute=100000",
            "spring.main.banner-mode=off")) {
      all.put(p.substring(0, p.indexOf('=')), p);
    }
    // the caller's properties replace the defaults of the same name
    for (String p : properties) {
      String plain = p.startsWith("--") ? p.substring(2) : p;
      all.put(plain.substring(0, plain.indexOf('=')), plain);
    }
    String[] args = all.values().stream().map(p -> "--" + p).toArray(String[]::new);
    List<Class<?>> sources = new ArrayList<>(List.of(TradeAtlasApplication.class));
    sources.addAll(extraSources);
    return new RunningApp(new SpringApplicationBuilder(sources.toArray(Class<?>[]::new)).run(args));
  }

  public int port() {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  public Api api() {
    return new Api(port());
  }

  public <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  @Override
  public void close() {
    context.close();
  }
}
