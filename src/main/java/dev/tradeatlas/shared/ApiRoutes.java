package dev.tradeatlas.shared;

import java.util.List;
import java.util.Set;

/**
 * The one table of what each path of the API is, read by the filters that cache answers, route
 * reads to a replica, limit expensive work and refuse unwanted bodies, and by the OpenAPI document
 * (which documents 304 and the ETag where answers are cached). A path's kind is decided here and
 * nowhere else.
 *
 * <ul>
 *   <li><b>data reads</b>: every GET or HEAD under {@code /api/} but the status and an import's
 *       progress — their answers follow the data version: cached under it, with an ETag and 304,
 *       and routed to a replica that has replayed it;
 *   <li><b>expensive</b>: the reads that resolve many periods or series, and imports — limited in
 *       how many run at once, per client and for the instance;
 *   <li><b>uploads</b>: the only places a multipart body is parsed, on POST.
 * </ul>
 */
public final class ApiRoutes {

  private static final String API = "/api/";
  private static final String STATUS = "/api/v1/status";
  private static final String IMPORT_JOBS = "/api/v1/trade/imports/";

  private static final List<String> EXPENSIVE =
      List.of(
          "/api/v1/trade/series",
          "/api/v1/trade/table",
          "/api/v1/trade/coverage",
          "/api/v1/trade/breakdown",
          "/api/v1/trade/products",
          "/api/v1/trade/partners",
          "/api/v1/trade/consistency",
          "/api/v1/trade/imports");

  private static final Set<String> UPLOADS =
      Set.of("/api/v1/trade/imports", "/api/v1/trade/imports/comtrade");

  private ApiRoutes() {}

  /**
   * Whether a path's answers follow the data version (whatever the method: the caller checks it is
   * a read): cached, validated with ETags and routable to a replica.
   */
  public static boolean followsTheData(String path) {
    return path.startsWith(API) && !path.equals(STATUS) && !path.startsWith(IMPORT_JOBS);
  }

  /** Whether a GET or HEAD on a path reads data, with the answer cache and read routing. */
  public static boolean dataRead(String method, String path) {
    return ("GET".equals(method) || "HEAD".equals(method)) && followsTheData(path);
  }

  /** Whether work on a path counts against the limits on expensive work. */
  public static boolean expensive(String path) {
    return EXPENSIVE.stream().anyMatch(path::startsWith);
  }

  /** Whether a request may carry a multipart upload to be parsed. */
  public static boolean upload(String method, String path) {
    return "POST".equals(method) && UPLOADS.contains(path);
  }
}
