package dev.tradeatlas.web.cors;

import dev.tradeatlas.web.ProblemTypes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.DefaultCorsProcessor;

/** A refused cross-origin request answers a problem, not plain text. */
class ProblemCorsProcessor extends DefaultCorsProcessor {

  @Override
  protected void rejectRequest(ServerHttpResponse response) throws IOException {
    response.setStatusCode(HttpStatus.FORBIDDEN);
    response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    response
        .getBody()
        .write(
            ("{\"type\":\""
                    + ProblemTypes.FORBIDDEN
                    + "\",\"title\":\"Forbidden\",\"status\":403,"
                    + "\"detail\":\"This origin may not call the API from a browser, or not with"
                    + " this method; see trade.cors.allowed-origins (reads only).\"}")
                .getBytes(StandardCharsets.UTF_8));
    response.flush();
  }
}
