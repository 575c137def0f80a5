package dev.tradeatlas.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.tradeatlas.persistence.DataVersion;
import dev.tradeatlas.persistence.ReadRoute;
import dev.tradeatlas.shared.ApiRoutes;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * HTTP caching of the read API. Each answer gets a strong ETag, the hash of its bytes, so it
 * changes exactly when the answer does; a client sending it back as If-None-Match gets 304. Answers
 * are kept in memory keyed by the data version (which moves on every write) and the request, so a
 * repeated question is answered without touching the database, and never with data older than the
 * version.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
@EnableConfigurationProperties(ResponseCacheFilter.Settings.class)
public class ResponseCacheFilter extends OncePerRequestFilter {

  static final String CACHE_CONTROL = "public, no-cache";

  /** An answer to a request with credentials: for that client only, never a shared cache. */
  static final String CACHE_CONTROL_PRIVATE = "private, no-cache";

  /** Cache size in bytes of stored answers. */
  @ConfigurationProperties("trade.cache")
  record Settings(@DefaultValue("64MB") DataSize maxSize, @DefaultValue("true") boolean enabled) {}

  private record Entry(String etag, String contentType, byte[] body) {}

  private final DataVersion version;
  private final Settings settings;
  private final Cache<String, Entry> answers;

  ResponseCacheFilter(DataVersion version, Settings settings) {
    this.version = version;
    this.settings = settings;
    this.answers =
        Caffeine.newBuilder()
            .maximumWeight(settings.maxSize().toBytes())
            .weigher((String key, Entry e) -> key.length() + e.body().length + 200)
            .build();
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !settings.enabled() || !ApiRoutes.dataRead(request.getMethod(), request.getRequestURI());
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    // the route's version when reads are routed (ReadRouteFilter), else the primary's as known
    ReadRoute route = ReadRoute.of(request);
    String key;
    try {
      key = key(route == null ? version.current() : route.version(), request);
    } catch (DataAccessException databaseAway) {
      response.setHeader(HttpHeaders.RETRY_AFTER, "5");
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      return;
    }
    Entry cached = answers.getIfPresent(key);
    if (cached != null) {
      respond(request, response, cached);
      return;
    }
    ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, wrapper);
    if (wrapper.getStatus() != HttpServletResponse.SC_OK || wrapper.getContentType() == null) {
      wrapper.copyBodyToResponse();
      return;
    }
    byte[] body = wrapper.getContentAsByteArray();
    // a versioned resource's ETag starts with its version, for If-Match on updates
    long version = ETags.versionOf(String.valueOf(wrapper.getHeader(HttpHeaders.ETAG)));
    String hash = hash(body);
    String etag = version < 0 ? hash : "\"" + version + "-" + hash.substring(1);
    Entry entry = new Entry(etag, wrapper.getContentType(), body);
    if (route == null || !route.fellBack()) {
      // an answer read from the primary after the replica failed is newer than the key
      answers.put(key, entry);
    }
    wrapper.resetBuffer();
    respond(request, wrapper, entry);
    wrapper.copyBodyToResponse();
  }

  private void respond(HttpServletRequest request, HttpServletResponse response, Entry entry)
      throws IOException {
    response.setHeader(HttpHeaders.ETAG, entry.etag());
    response.setHeader(
        HttpHeaders.CACHE_CONTROL,
        request.getHeader(HttpHeaders.AUTHORIZATION) == null
            ? CACHE_CONTROL
            : CACHE_CONTROL_PRIVATE);
    response.setHeader(HttpHeaders.VARY, "Accept");
    if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), entry.etag())) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      response.setContentLength(0);
      return;
    }
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType(entry.contentType());
    response.setContentLength(entry.body().length);
    if (!"HEAD".equals(request.getMethod())) {
      response.getOutputStream().write(entry.body());
    }
  }

  private static String key(long version, HttpServletRequest request) {
    return version
        + "|"
        + LocalDate.now(ZoneOffset.UTC)
        + "|"
        + request.getHeader(HttpHeaders.ACCEPT)
        + "|"
        + request.getRequestURI()
        + "?"
        + request.getQueryString();
  }

  private static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String tag : ifNoneMatch.split(",")) {
      String t = tag.trim();
      if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
        return true;
      }
    }
    return false;
  }

  private static String hash(byte[] body) {
    return ETags.hash(body);
  }
}
