package dev.tradeatlas.turnover.resolution;

import dev.tradeatlas.turnover.SeriesKey;
import dev.tradeatlas.turnover.TradePeriod;
import dev.tradeatlas.turnover.figures.ObservationQueries;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where {@link TotalResolver} gets its figures: every read it makes, and nothing else. "As of" a
 * date (null: now), a figure counts once its source had been published and until it was superseded;
 * with a source id (null: every source), only that source's figures count. Implemented in SQL by
 * {@link ObservationQueries}; the rules never see SQL.
 */
public interface FigureSource {

  /**
   * The figures for exactly some periods of one reporter and commodity with some partners, of the
   * series' flow or of every flow, at most some (a budget plus one).
   */
  List<Observation> reported(
      SeriesKey series,
      List<String> partners,
      List<TradePeriod> periods,
      @Nullable LocalDate asOf,
      @Nullable Long sourceId,
      boolean everyFlow,
      int atMost);

  /** The figures of one series for exactly some periods. */
  List<Observation> reported(
      SeriesKey series,
      List<TradePeriod> periods,
      @Nullable LocalDate asOf,
      @Nullable Long sourceId);

  /**
   * How many figures of a series end in a window of months, counted up to a cap; with {@code
   * exactly} false an upper bound from the index alone.
   */
  int countEndingBetween(
      SeriesKey series,
      YearMonth fromLast,
      YearMonth toLast,
      @Nullable LocalDate asOf,
      @Nullable Long sourceId,
      int cap,
      boolean exactly);

  /** The figures of a series ending in a window of months, at most some. */
  List<Observation> endingBetween(
      SeriesKey series,
      YearMonth fromLast,
      YearMonth toLast,
      @Nullable LocalDate asOf,
      @Nullable Long sourceId,
      int atMost);

  /**
   * Which of some figures lie more than ten times beyond every other figure of their series ending
   * in some years: the scale and outlier checks for the figures of one period, without reading the
   * rest.
   */
  Set<Long> beyondTheOthers(
      SeriesKey series,
      List<Observation> figures,
      int fromYear,
      int toYear,
      @Nullable LocalDate asOf,
      @Nullable Long sourceId);

  /** The figures for a period that were published after a date: what "as of" it did not know. */
  List<Observation> publishedAfter(
      SeriesKey series, TradePeriod period, LocalDate asOf, @Nullable Long sourceId);
}
