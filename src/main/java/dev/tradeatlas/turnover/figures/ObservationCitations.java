package dev.tradeatlas.turnover.figures;

import dev.tradeatlas.source.FigureCitations;
import dev.tradeatlas.source.SourceDetail.CitedFigure;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The figures citing a source, for the source's page. */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
class ObservationCitations implements FigureCitations {

  private final JdbcClient jdbc;

  @Override
  public long figureCount(long sourceId) {
    return jdbc.sql("select count(*) from trade_observation where source_id = :id")
        .param("id", sourceId)
        .query(Long.class)
        .single();
  }

  @Override
  public List<CitedFigure> figures(long sourceId, int limit) {
    return jdbc.sql(
            """
            select id, reporter, partner, flow, commodity, first_month, last_month, value_usd,
                   revision, superseded_at is null as current, quote
            from trade_observation where source_id = :id
            order by first_month, last_month, reporter, partner, flow, commodity, revision
            limit :limit
            """)
        .param("id", sourceId)
        .param("limit", limit)
        .query(
            (rs, i) ->
                new CitedFigure(
                    rs.getLong("id"),
                    rs.getString("reporter"),
                    rs.getString("partner"),
                    rs.getString("flow"),
                    rs.getString("commodity"),
                    YearMonth.from(rs.getObject("first_month", LocalDate.class)).toString(),
                    YearMonth.from(rs.getObject("last_month", LocalDate.class)).toString(),
                    rs.getBigDecimal("value_usd"),
                    rs.getInt("revision"),
                    rs.getBoolean("current"),
                    rs.getString("quote")))
        .list();
  }
}
