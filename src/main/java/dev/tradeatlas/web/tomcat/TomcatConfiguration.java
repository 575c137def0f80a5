package dev.tradeatlas.web.tomcat;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tomcat's own error pages become problem details too; unread bodies are not drained. */
@Configuration(proxyBeanMethods = false)
class TomcatConfiguration {

  /** A body left unread is never drained: the connection closes after the answer. */
  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> noDrain() {
    return factory -> factory.addContextValves(new NoDrainValve());
  }

  /** Each request can tell whether its client is still there ({@link TomcatClientPresence}). */
  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> clientPresence() {
    return factory -> factory.addContextValves(new TomcatClientPresence.Valve());
  }

  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorPages() {
    return factory ->
        factory.addContextCustomizers(
            context -> {
              if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
              }
            });
  }
}
