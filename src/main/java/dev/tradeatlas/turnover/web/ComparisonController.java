package dev.tradeatlas.turnover.web;

import dev.tradeatlas.turnover.answers.BreakdownResponse;
import dev.tradeatlas.turnover.answers.MirrorResponse;
import dev.tradeatlas.turnover.answers.PartnerRanking;
import dev.tradeatlas.turnover.answers.ProductsResponse;
import dev.tradeatlas.turnover.answers.Question;
import dev.tradeatlas.turnover.answers.ShareResponse;
import dev.tradeatlas.turnover.answers.TurnoverService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/trade")
@Tag(name = "Comparisons", description = "Both sides of a flow, commodity breakdowns and shares")
@RequiredArgsConstructor
class ComparisonController {

  private final TurnoverService turnover;
  private final TurnoverRequests requests;

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
