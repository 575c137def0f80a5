package dev.tradeatlas.turnover;

import dev.tradeatlas.system.InvalidParameterException;
import dev.tradeatlas.system.PageRequestParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/trade/observations")
@Tag(name = "Observations", description = "The stored figures, each with its source")
class ObservationController {

  private final TurnoverService turnover;
  private final TurnoverRequests requests;

  ObservationController(TurnoverService turnover, TurnoverRequests requests) {
    this.turnover = turnover;
    this.requests = requests;
  }

  @GetMapping(produces = {"application/json", "text/csv"})
  @Operation(
      summary = "List stored figures",
      description =
          "The figures stored for a reporter–partner pair, in period order, every source's figure"
              + " (current revisions, or as known on `asOf`), each with its period, flow,"
              + " commodity, value and source (publisher, title, URL, date, wording). Paginated:"
              + " at most 200 per page. CSV with Accept: text/csv or format=csv.")
  ObservationPage list(@ParameterObject ObservationQuery query) {
    if (query.reporter() == null) {
      throw new InvalidParameterException("reporter", "Parameter 'reporter' is required.");
    }
    SeriesKey series =
        requests.series(
            query.reporter(),
            query.partner(),
            query.flow() == null ? Flow.TURNOVER : query.flow(),
            query.commodity());
    requests.checkOrder(query.from(), query.to());
    PageRequestParams paging = PageRequestParams.of(query.page(), query.size());
    return turnover.observations(
        new ObservationFilter(
            series.reporter(),
            series.partner(),
            query.flow(),
            series.commodity(),
            query.from(),
            query.to(),
            query.asOf()),
        paging);
  }
}
