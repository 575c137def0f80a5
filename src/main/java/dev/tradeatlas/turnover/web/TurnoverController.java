package dev.tradeatlas.turnover.web;

import dev.tradeatlas.turnover.answers.BreakdownResponse;
import dev.tradeatlas.turnover.answers.CoverageResponse;
import dev.tradeatlas.turnover.answers.MirrorResponse;
import dev.tradeatlas.turnover.answers.PartnerRanking;
import dev.tradeatlas.turnover.answers.ProductsResponse;
import dev.tradeatlas.turnover.answers.Question;
import dev.tradeatlas.turnover.answers.SeriesResponse;
import dev.tradeatlas.turnover.answers.ShareResponse;
import dev.tradeatlas.turnover.answers.TableResponse;
import dev.tradeatlas.turnover.answers.TotalResponse;
import dev.tradeatlas.turnover.answers.TurnoverService;
import dev.tradeatlas.turnover.answers.YoyResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import lombok.RequiredArgsConstructor;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read API over a reporter's trade: one series (totals, year over year, series, tables,
 * coverage; tagged Turnover) and comparisons across series (mirror, share, partners, products,
 * breakdown; tagged Comparisons). Each operation turns its query into a question and asks {@link
 * TurnoverService}.
 */
@RestController
@RequestMapping("/api/v1/trade")
@RequiredArgsConstructor
class TurnoverController {

  @Target(ElementType.METHOD)
  @Retention(RetentionPolicy.RUNTIME)
  @Tag(
      name = "Turnover",
      description = "Period totals, year over year and series, each figure sourced")
  @interface TurnoverTag {}

  @Target(ElementType.METHOD)
  @Retention(RetentionPolicy.RUNTIME)
  @Tag(name = "Comparisons", description = "Both sides of a flow, commodity breakdowns and shares")
  @interface ComparisonsTag {}

  private final TurnoverService turnover;
  private final TurnoverRequests requests;

  @TurnoverTag
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

  @TurnoverTag
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

  @TurnoverTag
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

  @TurnoverTag
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

  @TurnoverTag
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

  @ComparisonsTag
  @GetMapping(path = "/mirror", produces = "application/json")
  @Operation(
      operationId = "getMirror",
      summary = "Mirror view: each country's own figure, side by side",
      description =
          "The reporter's figure beside the partner's figure for the mirror flow (TURNOVER ↔"
              + " TURNOVER, EXPORT ↔ IMPORT), each resolved like /totals, with gapUsd (exact) and"
              + " ratio (reporter / partner, half-up to 4 decimals). China's and Kyrgyzstan's"
              + " figures differ about fourfold: goods declared as exports to Kyrgyzstan largely"
              + " continue in transit to other countries.")
  MirrorResponse mirror(@ParameterObject PeriodQuery query) {
    return turnover.mirror(requests.question(query));
  }

  @ComparisonsTag
  @GetMapping(path = "/share", produces = "application/json")
  @Operation(
      operationId = "getShare",
      summary = "A partner's share of a whole: the world, or a group",
      description =
          "The partner's total over the whole's total for the same reporter, flow, commodity and"
              + " period, × 100, rounded half-up to 2 decimals, with the range the totals' bounds"
              + " allow. The whole is WLD (the reporter's trade with the world; the default) or a"
              + " group the partner belongs to (whole=C5: Kyrgyzstan's share of China's trade with"
              + " Central Asia). Null with a `reason` when either total is missing. Try"
              + " reporter=CHN&partner=KGZ&whole=C5&period=2024, or"
              + " reporter=KGZ&partner=CHN&period=2023-01..2023-08.")
  ShareResponse share(@ParameterObject ShareQuery query) {
    Question question = requests.question(query);
    return turnover.share(question, requests.whole(query.whole(), question.series().partner()));
  }

  @ComparisonsTag
  @GetMapping(
      path = "/partners",
      produces = {"application/json", "text/csv"})
  @Operation(
      operationId = "rankPartners",
      summary = "A group's members, or every partner (WLD), ranked as partners",
      description =
          "Ranks the members of a group (C5: Central Asia) by the reporter's total with each for"
              + " the period, largest first, each resolved like /totals, with its share of the"
              + " group's total (4 decimals; the group's own reported figure, else the sum of its"
              + " members), its year-over-year change and its method. A `note` says when the"
              + " members do not add up to the group's reported total. CSV with Accept: text/csv"
              + " or format=csv. With group=WLD, every partner the reporter has figures with is"
              + " ranked, with shares of its own figure for the world, else of the sum of the"
              + " ranked partners with a value (`whole` says which). Try"
              + " reporter=CHN&group=C5&flow=TURNOVER&period=2024.")
  PartnerRanking partners(@ParameterObject PartnersQuery query) {
    return turnover.partners(requests.question(query));
  }

  @ComparisonsTag
  @GetMapping(
      path = "/products",
      produces = {"application/json", "text/csv"})
  @Operation(
      operationId = "getProducts",
      summary = "Products ranked, with quantities, unit values and concentration",
      description =
          "The products (HS chapters, headings or subheadings: level=2, 4 or 6) of a reporter's"
              + " trade with a partner in a period, largest first and paged: each resolved from"
              + " its own figures by the rules of /totals, with its share of the products' sum,"
              + " its net weight, quantity and unit, CIF and FOB values where the loaded UN"
              + " Comtrade rows give them (summed along the value's arithmetic, only when every"
              + " figure's row has them in one unit), unit values, its change on the year before"
              + " and the HS description the file gave. The answer says how concentrated the"
              + " trade is: the top products' share and the Herfindahl–Hirschman index. An"
              + " example source's figures count only with source=ID. CSV with Accept: text/csv"
              + " or format=csv.")
  ProductsResponse products(@ParameterObject ProductsQuery query) {
    return turnover.products(requests.question(query));
  }

  @ComparisonsTag
  @GetMapping(
      path = "/breakdown",
      produces = {"application/json", "text/csv"})
  @Operation(
      operationId = "getBreakdown",
      summary = "Commodity breakdown of a period",
      description =
          "The resolved totals of the commodities of one HS level (HS2 chapters by default) for"
              + " the period, in code order and paged (at most 200 a page), each with its share of"
              + " the TOTAL (half-up to 2 decimals). Empty with a `note` saying which levels have"
              + " figures when this one has none. CSV with Accept: text/csv or format=csv.")
  BreakdownResponse breakdown(@ParameterObject BreakdownQuery query) {
    return turnover.breakdown(requests.question(query));
  }
}
