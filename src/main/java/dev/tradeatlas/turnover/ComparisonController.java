package dev.tradeatlas.turnover;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/trade")
@Tag(name = "Comparisons", description = "Both sides of a flow, commodity breakdowns and shares")
class ComparisonController {

  private final TurnoverService turnover;
  private final TurnoverRequests requests;

  ComparisonController(TurnoverService turnover, TurnoverRequests requests) {
    this.turnover = turnover;
    this.requests = requests;
  }

  @GetMapping(path = "/mirror", produces = "application/json")
  @Operation(
      summary = "Mirror view: each country's own figure, side by side",
      description =
          "The reporter's figure beside the partner's figure for the mirror flow (TURNOVER ↔"
              + " TURNOVER, EXPORT ↔ IMPORT), each resolved like /totals, with gapUsd (exact) and"
              + " ratio (reporter / partner, half-up to 4 decimals). China's and Kyrgyzstan's"
              + " figures differ about fourfold: goods declared as exports to Kyrgyzstan largely"
              + " continue in transit to other countries.")
  MirrorResponse mirror(@ParameterObject PeriodQuery query) {
    return turnover.mirror(
        requests.series(query),
        requests.period(query),
        query.asOf(),
        requests.source(query.source()));
  }

  @GetMapping(path = "/share", produces = "application/json")
  @Operation(
      summary = "Partner's share of the reporter's world trade",
      description =
          "The partner's figure over the reporter's figure with WLD (the world) for the same"
              + " flow, commodity and period, × 100, rounded half-up to 2 decimals. Null with a"
              + " `reason` when the world figure is not loaded.")
  ShareResponse share(@ParameterObject PeriodQuery query) {
    return turnover.share(
        requests.series(query),
        requests.period(query),
        query.asOf(),
        requests.source(query.source()));
  }

  @GetMapping(
      path = "/breakdown",
      produces = {"application/json", "text/csv"})
  @Operation(
      summary = "Commodity breakdown of a period",
      description =
          "The resolved totals of the commodities of one HS level (HS2 chapters by default) for"
              + " the period, largest first, each with its share of the TOTAL (half-up to 2"
              + " decimals). Empty with a `note` when no commodity figures are loaded. CSV with"
              + " Accept: text/csv or format=csv.")
  BreakdownResponse breakdown(@ParameterObject BreakdownQuery query) {
    SeriesKey series =
        requests.series(query.reporter(), query.partner(), query.flow(), Commodity.TOTAL);
    return turnover.breakdown(
        series,
        TurnoverRequests.required(query.period(), "period"),
        query.level() == null ? HsLevel.HS2 : query.level(),
        query.asOf());
  }
}
