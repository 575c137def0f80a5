package dev.tradeatlas.timeline;

import dev.tradeatlas.timeline.TimelineContributor.Slice;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For contributors that keep their entries in SQL: filters a query's rows by the timeline's dates,
 * orders them as {@link TimelineEntry#ORDER} does and counts them, in one statement.
 */
public final class TimelineSql {

  private TimelineSql() {}

  /**
   * The first rows of a query and how many match. The query names its columns ref, kind,
   * occurred_on and date_precision and may use parameters of its own; :fromDate, :toDate and :limit
   * are bound here.
   */
  public static Slice slice(
      JdbcClient jdbc,
      String query,
      Map<String, ?> params,
      TimelineFilter filter,
      int limit,
      RowMapper<TimelineEntry> entry) {
    List<Long> total = new ArrayList<>(1);
    List<TimelineEntry> first =
        jdbc.sql(
                "select t.*, count(*) over () as timeline_total from ("
                    + query
                    + ") t where (cast(:fromDate as date) is null"
                    + " or precision_end(occurred_on, date_precision) >= cast(:fromDate as date))"
                    + " and (cast(:toDate as date) is null or occurred_on <= cast(:toDate as date))"
                    + " order by occurred_on,"
                    + " case date_precision when 'YEAR' then 0 when 'MONTH' then 1 else 2 end,"
                    + " kind collate \"C\", ref collate \"C\" limit :limit")
            .params(params)
            .param("fromDate", filter.from())
            .param("toDate", filter.to())
            .param("limit", limit)
            .query(
                (rs, i) -> {
                  if (i == 0) {
                    total.add(rs.getLong("timeline_total"));
                  }
                  return entry.mapRow(rs, i);
                })
            .list();
    // limit is at least 1, so no row means none matched
    return new Slice(first, total.isEmpty() ? 0 : total.get(0));
  }

  /** A text[] column as a list (empty for null). */
  public static List<String> strings(java.sql.Array array) throws java.sql.SQLException {
    return array == null ? List.of() : java.util.Arrays.asList((String[]) array.getArray());
  }
}
