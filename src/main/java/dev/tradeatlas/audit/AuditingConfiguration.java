package dev.tradeatlas.audit;

import dev.tradeatlas.security.CurrentActor;
import java.time.Clock;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

/**
 * Spring Data auditing for corridor resources: who is the authenticated editor, when is the
 * service's clock.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(auditorAwareRef = "currentEditor", dateTimeProviderRef = "auditTime")
public class AuditingConfiguration {

  @Bean
  AuditorAware<String> currentEditor() {
    return () -> Optional.of(CurrentActor.name());
  }

  @Bean
  DateTimeProvider auditTime(Clock clock) {
    return () -> Optional.of(clock.instant());
  }
}
