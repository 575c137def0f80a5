package dev.tradeatlas.turnover.answers;

import dev.tradeatlas.turnover.Flow;
import dev.tradeatlas.turnover.Method;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which periods of a pair's trade the data answers, per flow and year: each year, quarter and month
 * REPORTED (a stored figure is exactly the period), DERIVED (the rules of /totals give it from
 * other figures: summed, derived, from the other flows or the group's members) or MISSING, with the
 * counts of figures and sources behind each year. UN Comtrade's data availability, down to the
 * month and with this service's rules.
 */
public record CoverageResponse(
    String reporter,
    String partner,
    String commodity,
    @Schema(description = "First year shown; null when the pair has no figure")
        @Nullable Integer from,
    @Schema(description = "Last year shown; null when the pair has no figure") @Nullable Integer to,
    @Nullable LocalDate asOf,
    @Schema(description = "Only this source's figures counted; null for all sources")
        @Nullable Long sourceId,
    List<FlowCoverage> flows,
    @Schema(description = "Why nothing is shown, when nothing is") @Nullable String note) {

  /** How a period is answered. */
  enum Status {
    REPORTED,
    DERIVED,
    MISSING
  }

  /** One flow, year by year. */
  @Schema(name = "FlowCoverage")
  record FlowCoverage(Flow flow, List<YearCoverage> years) {}

  /** One year of one flow. */
  @Schema(name = "YearCoverage")
  record YearCoverage(
      int year,
      @Schema(description = "The year's total") Status status,
      @Schema(description = "The rule that gives the year's total; null when MISSING")
          @Nullable Method method,
      @Schema(description = "Stored figures of this flow ending in the year") int figures,
      @Schema(description = "Their distinct sources") int sources,
      @Schema(description = "Q1 to Q4") List<Status> quarters,
      @Schema(description = "January to December") List<Status> months,
      @Schema(
              description =
                  "Periods of the year (itself, quarters, months) whose answer rests on a suspect"
                      + " figure")
          List<String> suspect) {}
}
