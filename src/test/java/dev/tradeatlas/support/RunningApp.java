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

  /** Starts the app on a database, with test-only accounts and extra properties. */
  public static RunningApp start(
      TestDatabase.Connection db, List<Class<?>> extraSources, String... properties) {
    List<String> all =
        new ArrayList<>(
            List.of(
                "server.port=0",
                "spring.datasource.url=" + db.url(),
                "spring.datasource.username=" + db.username(),
                "spring.datasource.password=" + db.password(),
                "trade.editor.username=" + EditorTest.EDITOR,
                "trade.editor.password=" + EditorTest.EDITOR_PASSWORD,
                "trade.viewer.username=" + EditorTest.VIEWER,
                "trade.viewer.password=" + EditorTest.VIEWER_PASSWORD,
                "trade.bcrypt-strength=4",
                "trade.rate-limit.requests-per-second=100000",
                "trade.rate-limit.burst=100000",
                "trade.rate-limit.concurrent-expensive=64",
                "trade.rate-limit.failed-logins-per-minute=100000",
                "spring.main.banner-mode=off"));
    all.addAll(List.of(properties));
    String[] args = all.stream().map(p -> p.startsWith("--") ? p : "--" + p).toArray(String[]::new);
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
