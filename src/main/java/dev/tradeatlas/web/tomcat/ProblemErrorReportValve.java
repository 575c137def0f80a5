package dev.tradeatlas.web.tomcat;

import dev.tradeatlas.web.ProblemTypes;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Errors Tomcat answers itself, before any servlet (a malformed URL, a bad request line), as
 * problem details instead of Tomcat's HTML page.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    try {
      response.setContentType("application/problem+json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      String title = status >= 500 ? "Internal error" : "Bad request";
      String detail =
          status >= 500
              ? "An unexpected error occurred; it has been logged."
              : "The request could not be read (malformed URL, header or request line).";
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(
            "{\"type\":\""
                + (status >= 500 ? ProblemTypes.INTERNAL : ProblemTypes.INVALID_PARAMETER)
                + "\",\"title\":\""
                + title
                + "\",\"status\":"
                + status
                + ",\"detail\":\""
                + detail
                + "\"}");
      }
    } catch (IOException | IllegalStateException e) {
      // the client is gone; nothing more to say
    }
  }
}
