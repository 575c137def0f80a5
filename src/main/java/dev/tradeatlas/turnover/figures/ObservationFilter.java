package dev.tradeatlas.turnover.figures;

import dev.tradeatlas.turnover.Commodity;
import dev.tradeatlas.turnover.Flow;
import dev.tradeatlas.turnover.TradePeriod;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What a list of stored figures is restricted to; flow, from and to are optional. */
public record ObservationFilter(
    String reporter,
    String partner,
    Flow flow,
    Commodity commodity,
    @Nullable TradePeriod from,
    @Nullable TradePeriod to,
    @Nullable LocalDate asOf,
    @Nullable Long source,
    @Nullable TradePeriod endingFrom,
    @Nullable TradePeriod endingTo) {

  /** The same filter, keeping figures whose last month lies within two periods' months. */
  public ObservationFilter endingWithin(TradePeriod first, TradePeriod last) {
    return new ObservationFilter(
        reporter, partner, flow, commodity, from, to, asOf, source, first, last);
  }

  String where() {
    return " where o.reporter = :reporter and o.partner = :partner"
        + " and o.commodity = :commodity"
        + " and (cast(:flow as text) is null or o.flow = cast(:flow as text))"
        + " and (cast(:fromMonth as date) is null or o.first_month >= cast(:fromMonth as date))"
        + " and (cast(:toMonth as date) is null or o.last_month <= cast(:toMonth as date))"
        + " and (cast(:endFrom as date) is null or o.last_month >= cast(:endFrom as date))"
        + " and (cast(:endTo as date) is null or o.last_month <= cast(:endTo as date))"
        + " and (cast(:source as bigint) is null or o.source_id = cast(:source as bigint))"
        + " and "
        + ObservationQueries.KNOWN;
  }

  JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
    return statement
        .param("reporter", reporter)
        .param("partner", partner)
        .param("commodity", commodity.code())
        .param("flow", flow == null ? null : flow.name())
        .param("fromMonth", from == null ? null : from.first().atDay(1))
        .param("toMonth", to == null ? null : to.last().atDay(1))
        .param("endFrom", endingFrom == null ? null : endingFrom.first().atDay(1))
        .param("endTo", endingTo == null ? null : endingTo.last().atDay(1))
        .param("asOf", asOf)
        .param("source", source);
  }
}
