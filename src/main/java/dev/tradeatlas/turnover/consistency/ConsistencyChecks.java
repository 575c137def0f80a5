package dev.tradeatlas.turnover.consistency;

import dev.tradeatlas.turnover.Bounds;
import dev.tradeatlas.turnover.Flow;
import dev.tradeatlas.turnover.TradePeriod;
import dev.tradeatlas.turnover.resolution.Assessed;
import dev.tradeatlas.turnover.resolution.Assessment;
import dev.tradeatlas.turnover.resolution.Calculation;
import dev.tradeatlas.turnover.resolution.Finding;
import dev.tradeatlas.turnover.resolution.FindingKind;
import dev.tradeatlas.turnover.resolution.Observation;
import dev.tradeatlas.turnover.resolution.PeriodResolver;
import dev.tradeatlas.turnover.resolution.Resolution;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where the figures of one reporter–partner–commodity contradict each other beyond their bounds:
 * the plausibility findings of each flow ({@link Assessment}), a period against the figures tiling
 * it, a cumulative figure against a shorter one, turnover against exports plus imports, and
 * unsuspected sources against each other. Pure logic; see docs/methodology.md.
 */
public final class ConsistencyChecks {

  static final Comparator<Finding> ORDER =
      Comparator.comparing((Finding f) -> f.period().first())
          .thenComparing(f -> f.period().last())
          .thenComparing(Finding::kind)
          .thenComparing(f -> f.flow() == null ? "" : f.flow().name());

  private ConsistencyChecks() {}

  /** The findings among current figures (every source's) of one pair and commodity. */
  static List<Finding> check(List<Observation> figures) {
    Map<Flow, List<Observation>> byFlow = new EnumMap<>(Flow.class);
    figures.forEach(o -> byFlow.computeIfAbsent(o.series().flow(), f -> new ArrayList<>()).add(o));
    Map<Flow, Assessed> assessed = new EnumMap<>(Flow.class);
    byFlow.forEach((flow, ofFlow) -> assessed.put(flow, Assessed.of(ofFlow)));
    return check(assessed);
  }

  /** The findings among the assessed figures of each flow of one pair and commodity. */
  static List<Finding> check(Map<Flow, Assessed> byFlow) {
    List<Finding> findings = new ArrayList<>();
    byFlow.forEach(
        (flow, ofFlow) -> {
          Assessment assessment = ofFlow.assessment();
          findings.addAll(assessment.findings());
          Map<TradePeriod, List<Observation>> byPeriod = byPeriod(ofFlow);
          disputes(flow, byPeriod, assessment, findings);
          Map<TradePeriod, Observation> current = new TreeMap<>();
          byPeriod.forEach((period, list) -> current.put(period, list.get(0)));
          cumulativeDecreases(flow, current, findings);
          partsVsWhole(flow, current, ofFlow, findings);
        });
    flowsVsTurnover(byFlow, findings);
    findings.sort(ORDER);
    return findings;
  }

  private static Map<TradePeriod, List<Observation>> byPeriod(Assessed figures) {
    Map<TradePeriod, List<Observation>> byPeriod = new TreeMap<>();
    figures
        .figures()
        .forEach(o -> byPeriod.computeIfAbsent(o.period(), p -> new ArrayList<>()).add(o));
    byPeriod.values().forEach(list -> list.sort(figures.assessment().currentFirst()));
    return byPeriod;
  }

  private static void disputes(
      Flow flow,
      Map<TradePeriod, List<Observation>> byPeriod,
      Assessment assessment,
      List<Finding> findings) {
    byPeriod.forEach(
        (period, list) -> {
          Observation current = list.get(0);
          boolean currentSuspect = assessment.suspect(current);
          List<Observation> disagreeing =
              list.stream()
                  .skip(1)
                  .filter(o -> currentSuspect || !assessment.suspect(o))
                  .filter(o -> Assessment.canDispute(current, o))
                  .filter(o -> !o.bounds().overlaps(current.bounds()))
                  .toList();
          if (disagreeing.isEmpty()) {
            return;
          }
          Observation furthest =
              disagreeing.stream()
                  .max(Comparator.comparing(o -> o.valueUsd().subtract(current.valueUsd()).abs()))
                  .orElseThrow();
          findings.add(
              new Finding(
                  FindingKind.DISPUTE,
                  flow,
                  period,
                  "Sources disagree on "
                      + flow
                      + " "
                      + period
                      + " beyond their rounding: "
                      + describe(current)
                      + " against "
                      + disagreeing.stream()
                          .map(ConsistencyChecks::describe)
                          .collect(Collectors.joining(", "))
                      + ".",
                  current.valueUsd(),
                  current.bounds(),
                  furthest.valueUsd(),
                  furthest.bounds(),
                  Stream.concat(Stream.of(current), disagreeing.stream()).toList(),
                  null));
        });
  }

  private static void cumulativeDecreases(
      Flow flow, Map<TradePeriod, Observation> current, List<Finding> findings) {
    Map<java.time.YearMonth, List<Observation>> byFirstMonth =
        current.values().stream().collect(Collectors.groupingBy(o -> o.period().first()));
    byFirstMonth.values().stream()
        .filter(list -> list.size() > 1)
        .forEach(
            list -> {
              for (Observation longer : list) {
                for (Observation shorter : list) {
                  if (longer.period().last().isAfter(shorter.period().last())
                      && longer.bounds().highUsd().compareTo(shorter.bounds().lowUsd()) < 0) {
                    findings.add(
                        new Finding(
                            FindingKind.CUMULATIVE_DECREASE,
                            flow,
                            longer.period(),
                            flow
                                + " "
                                + describe(longer)
                                + " is smaller than "
                                + describe(shorter)
                                + ", a shorter period from the same first month: trade"
                                + " cannot shrink as months are added.",
                            longer.valueUsd(),
                            longer.bounds(),
                            shorter.valueUsd(),
                            shorter.bounds(),
                            List.of(longer, shorter),
                            null));
                  }
                }
              }
            });
  }

  private static void partsVsWhole(
      Flow flow, Map<TradePeriod, Observation> current, Assessed ofFlow, List<Finding> findings) {
    for (Observation whole : current.values()) {
      if (whole.period().months() < 2) {
        continue;
      }
      List<Observation> parts =
          ofFlow.figures().stream()
              .filter(
                  o -> whole.period().contains(o.period()) && !o.period().equals(whole.period()))
              .toList();
      if (parts.size() < 2) {
        continue;
      }
      Resolution tiling = PeriodResolver.tiling(whole.period(), parts, ofFlow.assessment());
      if (tiling != null && !tiling.range().overlaps(whole.bounds())) {
        findings.add(
            new Finding(
                FindingKind.PARTS_VS_WHOLE,
                flow,
                whole.period(),
                flow
                    + " "
                    + describe(whole)
                    + " differs from the figures tiling it beyond their bounds: "
                    + Calculation.of(tiling.inputs(), tiling.value())
                    + ".",
                whole.valueUsd(),
                whole.bounds(),
                tiling.value(),
                tiling.range(),
                Stream.concat(
                        Stream.of(whole),
                        tiling.inputs().stream().map(Resolution.Term::observation))
                    .toList(),
                null));
      }
    }
  }

  private static void flowsVsTurnover(Map<Flow, Assessed> byFlow, List<Finding> findings) {
    Assessed turnover = byFlow.getOrDefault(Flow.TURNOVER, Assessed.EMPTY);
    Assessed exports = byFlow.getOrDefault(Flow.EXPORT, Assessed.EMPTY);
    Assessed imports = byFlow.getOrDefault(Flow.IMPORT, Assessed.EMPTY);
    if (turnover.figures().isEmpty()
        || exports.figures().isEmpty()
        || imports.figures().isEmpty()) {
      return;
    }
    byPeriod(turnover)
        .forEach(
            (period, list) -> {
              Observation total = list.get(0);
              Resolution export = PeriodResolver.trusted(period, exports);
              Resolution imported = PeriodResolver.trusted(period, imports);
              if (export == null || imported == null) {
                return;
              }
              Bounds sum = export.range().plus(imported.range());
              if (sum.overlaps(total.bounds())) {
                return;
              }
              BigDecimal value = export.value().add(imported.valueUsd());
              findings.add(
                  new Finding(
                      FindingKind.FLOWS_VS_TURNOVER,
                      Flow.TURNOVER,
                      period,
                      "TURNOVER "
                          + describe(total)
                          + " differs from EXPORT + IMPORT beyond their bounds: "
                          + export.value().toPlainString()
                          + " + "
                          + imported.value().toPlainString()
                          + " = "
                          + value.toPlainString()
                          + ".",
                      total.valueUsd(),
                      total.bounds(),
                      value,
                      sum,
                      Stream.of(
                              Stream.of(total),
                              export.inputs().stream().map(Resolution.Term::observation),
                              imported.inputs().stream().map(Resolution.Term::observation))
                          .flatMap(s -> s)
                          .toList(),
                      null));
            });
  }

  /** "2024 = 22071000000 (source 1, President of …)". */
  public static String describe(Observation o) {
    return o.period()
        + " = "
        + o.valueUsd().toPlainString()
        + (o.qualifier() == null ? "" : " (" + o.qualifier() + ")")
        + " from source "
        + o.source().id()
        + " ("
        + o.source().summary().publisher()
        + ")";
  }
}
