package dev.tradeatlas.turnover;

import dev.tradeatlas.system.InvalidParameterException;
import dev.tradeatlas.system.PageRequestParams;
import java.util.List;
import org.springframework.stereotype.Service;

/** Reads the current figures of a pair once and checks them against each other. */
@Service
class ConsistencyService {

  /** At most this many figures are checked in one request; a longer span must be narrowed. */
  static final int MAX_FIGURES = 20_000;

  private final ObservationQueries queries;
  private final TurnoverRequests requests;

  ConsistencyService(ObservationQueries queries, TurnoverRequests requests) {
    this.queries = queries;
    this.requests = requests;
  }

  ConsistencyResponse findings(ConsistencyQuery query) {
    SeriesKey series =
        requests.series(
            query.reporter(),
            query.partner(),
            query.flow() == null ? Flow.TURNOVER : query.flow(),
            query.commodity());
    requests.checkOrder(query.from(), query.to());
    PageRequestParams paging = PageRequestParams.of(query.page(), query.size());
    List<Observation> figures =
        queries.page(
            new ObservationFilter(
                    series.reporter(),
                    series.partner(),
                    query.flow(),
                    series.commodity(),
                    null,
                    null,
                    null)
                .endingWithin(query.from(), query.to()),
            0,
            MAX_FIGURES + 1);
    if (figures.size() > MAX_FIGURES) {
      throw new InvalidParameterException(
          "from",
          "More than "
              + MAX_FIGURES
              + " figures of this pair lie in the span (the consistency limit); narrow it with"
              + " 'from' and 'to'.");
    }
    List<Finding> all = ConsistencyChecks.check(figures);
    int from = (int) Math.min(paging.offset(), all.size());
    int to = Math.min(from + paging.size(), all.size());
    return new ConsistencyResponse(
        series.reporter(),
        series.partner(),
        series.commodity().code(),
        query.flow(),
        figures.size(),
        all.subList(from, to).stream().map(ConsistencyResponse.FindingView::of).toList(),
        paging.page(),
        paging.size(),
        all.size(),
        (all.size() + paging.size() - 1) / paging.size());
  }
}
