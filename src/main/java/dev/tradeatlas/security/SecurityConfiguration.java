package dev.tradeatlas.security;

import dev.tradeatlas.web.ClientLimits;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Reads are open to everyone; every write needs an authenticated EDITOR, by HTTP Basic; metrics
 * need an account (VIEWER or EDITOR), health does not (its details do). Refusals answer problem
 * details. No session, no cookies, so no CSRF token is needed.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import(ProblemSecurityHandlers.class)
@EnableConfigurationProperties(AccountSettings.class)
public class SecurityConfiguration {

  static final String EDITOR = "EDITOR";
  static final String VIEWER = "VIEWER";
  private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

  @Bean
  SecurityFilterChain api(
      HttpSecurity http,
      ProblemSecurityHandlers problems,
      AuthenticationManager authentication,
      @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings)
      throws Exception {
    return http.authenticationManager(authentication)
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                    .permitAll()
                    .requestMatchers("/actuator/**")
                    .hasAnyRole(EDITOR, VIEWER)
                    // an import's progress names its editor and the values it refused
                    .requestMatchers(HttpMethod.GET, "/api/v1/trade/imports/**")
                    .hasRole(EDITOR)
                    .requestMatchers(HttpMethod.GET, "/**")
                    .permitAll()
                    .requestMatchers(HttpMethod.HEAD, "/**")
                    .permitAll()
                    .requestMatchers(HttpMethod.OPTIONS, "/**")
                    .permitAll()
                    // a method no endpoint answers is for the web layer to refuse (405, 404)
                    .requestMatchers(new NoHandlerRequestMatcher(mappings))
                    .permitAll()
                    .anyRequest()
                    .hasRole(EDITOR))
        .httpBasic(basic -> basic.authenticationEntryPoint(problems).realmName("trade-atlas"))
        .exceptionHandling(
            exceptions ->
                exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        // caching headers are set by ResponseCacheFilter for the read API
        .headers(
            headers ->
                headers
                    .cacheControl(cache -> cache.disable())
                    // the dashboard and Swagger UI load scripts and data from this origin only;
                    // Swagger UI sets inline styles
                    .contentSecurityPolicy(
                        csp ->
                            csp.policyDirectives(
                                "default-src 'self'; script-src 'self'; style-src 'self'"
                                    + " 'unsafe-inline'; img-src 'self' data:; connect-src 'self';"
                                    + " object-src 'none'; base-uri 'none'; frame-ancestors"
                                    + " 'none'; form-action 'self'"))
                    .referrerPolicy(
                        referrer ->
                            referrer.policy(
                                org.springframework.security.web.header.writers
                                    .ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
        .csrf(AbstractHttpConfigurer::disable)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(AbstractHttpConfigurer::disable)
        .cors(Customizer.withDefaults())
        .build();
  }

  /** Requests the firewall refuses (encoded slashes, odd characters) answer a 400 problem. */
  @Bean
  RequestRejectedHandler requestRejectedHandler(ProblemSecurityHandlers problems) {
    return problems;
  }

  /** Passwords are checked by bcrypt once per credential (see CachingAuthenticationProvider). */
  @Bean
  AuthenticationManager authenticationManager(
      UserDetailsService accounts, PasswordEncoder encoder, ClientLimits limits) {
    DaoAuthenticationProvider dao = new DaoAuthenticationProvider(accounts);
    dao.setPasswordEncoder(encoder);
    return new ProviderManager(new CachingAuthenticationProvider(dao, limits));
  }

  @Bean
  PasswordEncoder passwordEncoder(AccountSettings settings) {
    return new BCryptPasswordEncoder(settings.strength());
  }

  @Bean
  UserDetailsService accounts(AccountSettings settings, PasswordEncoder encoder) {
    List<UserDetails> users = new ArrayList<>();
    if (settings.editorConfigured()) {
      users.add(
          User.withUsername(settings.editor().username())
              .password(encoder.encode(settings.editor().password()))
              .roles(EDITOR)
              .build());
      log.info("Writes enabled for editor '{}'.", settings.editor().username());
    } else {
      log.warn(
          "Writes are disabled: TRADE_EDITOR_USERNAME and TRADE_EDITOR_PASSWORD are not both set,"
              + " so every POST and PUT is refused with 401. Reads are open.");
    }
    if (settings.viewerConfigured()) {
      users.add(
          User.withUsername(settings.viewer().username())
              .password(encoder.encode(settings.viewer().password()))
              .roles(VIEWER)
              .build());
    }
    return new InMemoryUserDetailsManager(users);
  }
}
