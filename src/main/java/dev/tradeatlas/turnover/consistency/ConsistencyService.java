package dev.tradeatlas.turnover.consistency;

import dev.tradeatlas.country.CountryGroups;
import dev.tradeatlas.shared.InvalidParameterException;
import dev.tradeatlas.turnover.Bounds;
import dev.tradeatlas.turnover.Flow;
import dev.tradeatlas.turnover.SeriesKey;
import dev.tradeatlas.turnover.TradePeriod;
import dev.tradeatlas.turnover.figures.ObservationFilter;
import dev.tradeatlas.turnover.figures.ObservationQueries;
import dev.tradeatlas.turnover.resolution.Assessed;
import dev.tradeatlas.turnover.resolution.Assessment;
import dev.tradeatlas.turnover.resolution.Finding;
import dev.tradeatlas.turnover.resolution.FindingKind;
import dev.tradeatlas.turnover.resolution.Identities;
import dev.tradeatlas.turnover.resolution.Observation;
import dev.tradeatlas.turnover.resolution.Resolution;
import dev.tradeatlas.turnover.resolution.TotalResolver;
import dev.tradeatlas.turnover.web.TurnoverRequests;
import dev.tradeatlas.web.PageRequestParams;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

/** Reads the current figures of a pair once and checks them against each other. */
@Service
@RequiredArgsConstructor
class ConsistencyService {

  /** At most this many figures are checked in one request; a longer span must be narrowed. */
  static final int MAX_FIGURES = 20_000;

  private final ObservationQueries queries;
  private final TurnoverRequests requests;
  private final TotalResolver resolver;
  private final CountryGroups groups;

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
                    null,
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
    Map<Flow, Assessed> byFlow = new java.util.EnumMap<>(Flow.class);
    figures.stream()
        .collect(Collectors.groupingBy(o -> o.series().flow()))
        .forEach(
            (flow, ofFlow) -> {
              Assessed own = Assessed.of(ofFlow);
              byFlow.put(
                  flow,
                  own.withSuspicions(
                      Identities.check(
                          series.withFlow(flow),
                          own,
                          groups.groupsOf(series.partner()),
                          groups::members,
                          (other, period) -> resolver.reportedTotal(other, period, null, null))));
            });
    List<Finding> all = new ArrayList<>(ConsistencyChecks.check(byFlow));
    all.addAll(groupAgainstMembers(series, figures));
    all.sort(ConsistencyChecks.ORDER);
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

  /**
   * For a group partner: each period the group has a figure for, against the sum of its members'
   * totals (each resolved by the rules) beyond their bounds.
   */
  private List<Finding> groupAgainstMembers(SeriesKey series, List<Observation> figures) {
    List<String> members = groups.members(series.partner());
    if (members.isEmpty()) {
      return List.of();
    }
    Map<SeriesKey, Map<TradePeriod, Observation>> current = new LinkedHashMap<>();
    figures.stream()
        .collect(
            Collectors.groupingBy(Observation::series, LinkedHashMap::new, Collectors.toList()))
        .forEach(
            (s, ofSeries) -> current.put(s, Assessment.of(ofSeries).currentPerPeriod(ofSeries)));
    List<Finding> findings = new ArrayList<>();
    current.forEach(
        (groupSeries, byPeriod) ->
            byPeriod.forEach(
                (period, reported) -> {
                  TotalResolver.Windows windows =
                      resolver.windows(groupSeries, List.of(period), null, null);
                  BigDecimal sum = BigDecimal.ZERO;
                  Bounds bounds = Bounds.ZERO;
                  List<Observation> used = new ArrayList<>(List.of(reported));
                  List<String> terms = new ArrayList<>();
                  for (String member : members) {
                    Resolution r =
                        resolver.resolveIn(groupSeries.withPartner(member), period, windows);
                    if (!r.resolved()) {
                      return;
                    }
                    sum = sum.add(r.valueUsd());
                    bounds = bounds.plus(r.range());
                    r.inputs().forEach(t -> used.add(t.observation()));
                    terms.add(member + " " + r.value().toPlainString());
                  }
                  if (bounds.overlaps(reported.bounds())) {
                    return;
                  }
                  findings.add(
                      new Finding(
                          FindingKind.GROUP_VS_MEMBERS,
                          groupSeries.flow(),
                          period,
                          groupSeries.flow()
                              + " "
                              + ConsistencyChecks.describe(reported)
                              + " differs from the sum of its members beyond their bounds: "
                              + String.join(" + ", terms)
                              + " = "
                              + sum.toPlainString()
                              + ".",
                          reported.valueUsd(),
                          reported.bounds(),
                          sum,
                          bounds.plain(),
                          List.copyOf(used),
                          null));
                }));
    return findings;
  }
}
