package dev.tradeatlas.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeatlas.TradeAtlasApplication;
import dev.tradeatlas.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

class MigrationsIT {

  @Test
  void migrationsApplyToAnEmptyDatabaseAndHibernateValidatesTheSchema() {
    // Given a database with nothing in it
    TestDatabase.Connection empty = TestDatabase.createEmptyDatabase("migrations_from_scratch");

    // When Flyway applies every migration
    Flyway flyway =
        Flyway.configure()
            .dataSource(empty.url(), empty.username(), empty.password())
            .locations("classpath:db/migration")
            .cleanDisabled(true)
            .load();
    MigrateResult result = flyway.migrate();

    // Then all of them applied, and the application starts on it with ddl-auto=validate
    assertThat(result.success).isTrue();
    assertThat(result.migrationsExecuted).isEqualTo(flyway.info().all().length);
    assertThat(flyway.info().pending()).isEmpty();
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(TradeAtlasApplication.class)
            .web(WebApplicationType.NONE)
            .properties(
                "spring.datasource.url=" + empty.url(),
                "spring.datasource.username=" + empty.username(),
                "spring.datasource.password=" + empty.password(),
                "spring.jpa.hibernate.ddl-auto=validate")
            .run()) {
      Integer countries =
          context
              .getBean(JdbcClient.class)
              .sql("select count(*) from country")
              .query(Integer.class)
              .single();
      assertThat(countries).isGreaterThan(240);
    }
  }
}
