package dev.tradeatlas.turnover.web;

import dev.tradeatlas.turnover.answers.CoverageResponse;
import dev.tradeatlas.turnover.answers.SeriesResponse;
import dev.tradeatlas.turnover.answers.TableResponse;
import dev.tradeatlas.turnover.answers.TotalResponse;
import dev.tradeatlas.turnover.answers.TurnoverService;
import dev.tradeatlas.turnover.answers.YoyResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/trade")
@Tag(
    name = "Turnover",
    description = "Period totals, year over year and series, each figure sourced")
@RequiredArgsConstructor
class TurnoverController {

  private final TurnoverService turnover;
  private final TurnoverRequests requests;

  @GetMapping(path = "/totals", produces = "application/json")
  @Operation(
      operationId = "getTotal",
      summary = "Resolve one period total",
      description =
          "The total of a reporter's trade with a partner for one period (flow EXPORT, IMPORT,"
              + " TURNOVER or BALANCE = EXPORT − IMPORT), resolved by the first rule that applies"
              + " (docs/methodology.md): REPORTED (a figure is exactly the period; of several,"
              + " the one the most independent sources agree on within their rounding, then the"
              + " most authoritative and latest), SUMMED (figures tile it), DERIVED (the"
              + " difference of two figures sharing a first month: 2024-12 = 2024 −"
              + " 2024-01..2024-11), FROM_FLOWS (TURNOVER = EXPORT + IMPORT, a flow = TURNOVER −"
              + " the other; a BALANCE from the two flows' own answers), GROUP_SUM (a group as its"
              + " members' sum). Figures worded approximately (\"more than\") are used only when no"
              + " stated figure answers; suspect ones (a unit slip, an outlier against the years"
              + " around, a figure outvoted by agreeing sources, a stated change its base"
              + " contradicts) never displace an unsuspected one, and an answer resting on one"
              + " says suspect with its `findings`. `bounds` is the range the published"
              + " precision allows; `inputs` are the figures used, with sources; `alternatives`"
              + " the other figures for exactly the period; `dispute` those beyond the answer's"
              + " bounds. Without a value, valueUsd is null and `missing` says what coverage"
              + " would be needed. asOf answers with what was published by a date; source=ID"
              + " with one source's figures. Try 2024 (REPORTED, with alternatives) and 2024-12"
              + " (DERIVED).")
  TotalResponse totals(@ParameterObject PeriodQuery query) {
    return turnover.total(requests.question(query));
  }

  @GetMapping(path = "/yoy", produces = "application/json")
  @Operation(
      operationId = "getYearOverYear",
      summary = "Year-over-year change",
      description =
          "The period against the same period one year earlier, both resolved by the same rules"
              + " as /totals. changeUsd is exact; changePercent = changeUsd / baseValueUsd × 100"
              + " (on |baseValueUsd| for BALANCE, so a widening deficit is negative), rounded"
              + " half-up to 2 decimals. When either side has no value the change is null"
              + " and `reason` says why.")
  YoyResponse yoy(@ParameterObject PeriodQuery query) {
    return turnover.yoy(requests.question(query));
  }

  @GetMapping(
      path = "/series",
      produces = {"application/json", "text/csv"})
  @Operation(
      operationId = "getSeries",
      summary = "A resolved series with year-over-year changes",
      description =
          "One point per year, quarter or month from `from` to `to` (written at the granularity),"
              + " in order. Each point is resolved like /totals and carries its year-over-year"
              + " change; points the data cannot answer are present with null and `missing`. CSV"
              + " with Accept: text/csv or format=csv.")
  SeriesResponse series(@ParameterObject SeriesQuery query) {
    return turnover.series(requests.question(query));
  }

  @GetMapping(
      path = "/table",
      produces = {"application/json", "text/csv"})
  @Operation(
      operationId = "getTable",
      summary = "A table of partners × flows × periods in one call",
      description =
          "A reporter's trade with several partners (countries or groups), for several flows"
              + " (BALANCE included) and a span of periods at a granularity, e.g."
              + " partner=KGZ,KAZ,UZB,TJK,TKM&flow=EXPORT,IMPORT,BALANCE&period=2019..2025"
              + "&granularity=YEAR. Every cell is resolved by the rules of /totals, with its"
              + " method, bounds, change on the year before and sources; `details` links to its"
              + " full /totals answer. layout=LONG (default) gives a row per cell, layout=WIDE a"
              + " row per partner and flow with a value per period (in CSV a column per period"
              + " and a `flags` column naming suspect, disputed and missing periods). At most"
              + " trade.limits.max-table-cells (2,000) cells: 400 naming the parameter beyond. CSV"
              + " with Accept: text/csv or format=csv.")
  TableResponse table(@ParameterObject TableQuery query) {
    return turnover.table(requests.question(query));
  }

  @GetMapping(path = "/coverage", produces = "application/json")
  @Operation(
      operationId = "getCoverage",
      summary = "Which periods the data answers, per flow and year",
      description =
          "For a reporter–partner pair, each flow (or the one asked) and each year (those given,"
              + " else those the pair's figures end in, at most 50): whether the year, each"
              + " quarter and each month is REPORTED (a stored figure is exactly the period),"
              + " DERIVED (the rules of /totals give it from other figures) or MISSING, which"
              + " periods rest on a suspect figure, and how many figures and sources the year"
              + " has. The model is UN Comtrade's data availability, down to the month.")
  CoverageResponse coverage(@ParameterObject CoverageQuery query) {
    return turnover.coverage(requests.question(query));
  }
}
