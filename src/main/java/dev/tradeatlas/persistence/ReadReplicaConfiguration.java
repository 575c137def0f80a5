package dev.tradeatlas.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * An optional read replica: with {@code trade.read-datasource.url} (TRADE_READ_DATASOURCE_URL) set,
 * the application's data source becomes a {@link ReadRoutingDataSource} over the primary's pool and
 * a pool of read-only connections to the replica. The URL names one streaming standby, or several
 * in pgjdbc's multi-host form with {@code targetServerType=preferSecondary} (the first reachable
 * standby, else the primary). Username and password default to the primary's.
 */
@Configuration(proxyBeanMethods = false)
class ReadReplicaConfiguration {

  /** The replica's connection settings. */
  record Settings(
      String url,
      @Nullable String username,
      @Nullable String password,
      int maximumPoolSize,
      Duration connectionTimeout,
      Duration pauseAfterFailure) {}

  @Bean
  static BeanPostProcessor readRoutingDataSource() {
    return new ReadRoutingPostProcessor();
  }

  static final class ReadRoutingPostProcessor implements BeanPostProcessor, EnvironmentAware {

    private @Nullable Binder binder;

    @Override
    public void setEnvironment(Environment environment) {
      this.binder = Binder.get(environment);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
      if (!(bean instanceof DataSource primary)
          || bean instanceof ReadRoutingDataSource
          || !"dataSource".equals(name)) {
        return bean;
      }
      Binder binder = this.binder;
      if (binder == null) {
        return bean; // no environment yet: nothing configured
      }
      String url = binder.bind("trade.read-datasource.url", String.class).orElse(null);
      if (!StringUtils.hasText(url)) {
        return bean;
      }
      Settings settings =
          new Settings(
              url,
              text(binder, "trade.read-datasource.username"),
              text(binder, "trade.read-datasource.password"),
              binder.bind("trade.read-datasource.maximum-pool-size", Integer.class).orElse(8),
              binder
                  .bind("trade.read-datasource.connection-timeout", Duration.class)
                  .orElse(Duration.ofMillis(500)),
              binder
                  .bind("trade.read-datasource.pause-after-failure", Duration.class)
                  .orElse(Duration.ofSeconds(2)));
      return new ReadRoutingDataSource(
          primary,
          replicaPool(primary, settings),
          new ReplicaHealth(Clock.systemUTC(), settings.pauseAfterFailure()));
    }

    /** A setting, or null when it is absent or empty (an unset environment variable). */
    private static @Nullable String text(Binder binder, String name) {
      String value = binder.bind(name, String.class).orElse(null);
      return StringUtils.hasText(value) ? value : null;
    }

    private static HikariDataSource replicaPool(DataSource primary, Settings settings) {
      HikariConfig config = new HikariConfig();
      config.setPoolName("replica");
      config.setJdbcUrl(settings.url());
      config.setReadOnly(true);
      config.setMaximumPoolSize(settings.maximumPoolSize());
      config.setConnectionTimeout(Math.max(250, settings.connectionTimeout().toMillis()));
      config.setValidationTimeout(250);
      // start even while the replica is away; reads go to the primary until it answers
      config.setInitializationFailTimeout(-1);
      if (primary instanceof HikariDataSource hikari) {
        config.setUsername(hikari.getUsername());
        config.setPassword(hikari.getPassword());
        config.setConnectionInitSql(hikari.getConnectionInitSql());
      }
      if (settings.username() != null) {
        config.setUsername(settings.username());
      }
      if (settings.password() != null) {
        config.setPassword(settings.password());
      }
      return new HikariDataSource(config);
    }
  }
}
