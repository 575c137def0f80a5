package dev.tradeatlas.security;

import dev.tradeatlas.web.QueryOnlyRequest;
import jakarta.servlet.http.HttpServletRequest;
import lombok.RequiredArgsConstructor;
import org.springframework.http.server.RequestPath;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Matches requests whose method no API endpoint answers at that path (DELETE /api/v1/countries), so
 * they are refused by the web layer with 405 instead of being asked for credentials no write needs.
 * Every request an endpoint does answer still goes through the authorization rules. It never reads
 * the body.
 */
@RequiredArgsConstructor
class NoHandlerRequestMatcher implements RequestMatcher {

  private final RequestMappingHandlerMapping mappings;

  @Override
  public boolean matches(HttpServletRequest request) {
    Object previous = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
    try {
      ServletRequestPathUtils.parseAndCache(request);
      // the mapping may ask for parameters: the query string's only, so that an anonymous upload
      // is not read, parsed or spooled before it is refused
      return mappings.getHandler(QueryOnlyRequest.of(request)) == null;
    } catch (HttpRequestMethodNotSupportedException wrongMethod) {
      return true;
    } catch (Exception other) {
      return false;
    } finally {
      if (previous instanceof RequestPath path) {
        request.setAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE, path);
      } else {
        request.removeAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
      }
    }
  }
}
