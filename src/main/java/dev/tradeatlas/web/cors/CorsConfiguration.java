package dev.tradeatlas.web.cors;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/** Dashboards on the configured origins may read the API from a browser; nobody may write so. */
@Configuration(proxyBeanMethods = false)
class CorsConfiguration {

  /** Spring Security uses a bean named corsFilter when there is one. */
  @Bean
  CorsFilter corsFilter(CorsSettings settings) {
    CorsFilter filter = new CorsFilter(readOnly(settings));
    filter.setCorsProcessor(new ProblemCorsProcessor());
    return filter;
  }

  /** Runs inside the security chain only, not a second time as a servlet filter. */
  @Bean
  FilterRegistrationBean<CorsFilter> corsFilterOutsideTheChain(CorsFilter filter) {
    FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(filter);
    registration.setEnabled(false);
    return registration;
  }

  static CorsConfigurationSource readOnly(CorsSettings settings) {
    org.springframework.web.cors.CorsConfiguration api =
        new org.springframework.web.cors.CorsConfiguration();
    api.setAllowedOrigins(settings.allowedOrigins());
    api.setAllowedMethods(List.of("GET", "HEAD", "OPTIONS"));
    api.setAllowedHeaders(List.of("Accept", "If-None-Match", "X-Request-Id"));
    api.setExposedHeaders(List.of("ETag", "Location", "X-Request-Id"));
    api.setAllowCredentials(false);
    api.setMaxAge(Duration.ofHours(1));
    UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
    source.registerCorsConfiguration("/api/**", api);
    return source;
  }
}
