package dev.tradeatlas.support;

import java.util.List;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points every Spring test context at the shared real PostgreSQL of {@link TestDatabase}, but web
 * slices ({@code @WebMvcTest}, {@link WebSliceTest}), which have no datasource: they start no
 * database.
 */
public class TestDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

  @Override
  public ContextCustomizer createContextCustomizer(
      Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
    boolean slice =
        org.springframework.core.annotation.MergedAnnotations.from(
                testClass,
                org.springframework.core.annotation.MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
            .isPresent(org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest.class);
    return new Customizer(!slice);
  }

  private record Customizer(boolean database) implements ContextCustomizer {

    @Override
    public void customizeContext(
        ConfigurableApplicationContext context, MergedContextConfiguration config) {
      if (database) {
        TestDatabase.Connection db = TestDatabase.get();
        TestPropertyValues.of(
                "spring.datasource.url=" + db.url(),
                "spring.datasource.username=" + db.username(),
                "spring.datasource.password=" + db.password())
            .applyTo(context);
      }
      TestPropertyValues.of(
              // tests send requests far faster than a person: RateLimitIT sets its own limits
              "trade.rate-limit.requests-per-second=100000",
              "trade.rate-limit.burst=100000",
              "trade.rate-limit.concurrent-expensive=64",
              "trade.rate-limit.concurrent-expensive-total=64",
              "trade.rate-limit.concurrent-per-client=1000",
              "trade.rate-limit.failed-logins-per-minute=100000")
          .applyTo(context);
    }
  }
}
