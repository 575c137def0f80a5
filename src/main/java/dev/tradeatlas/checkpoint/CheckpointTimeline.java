package dev.tradeatlas.checkpoint;

import dev.tradeatlas.country.CountryCodes;
import dev.tradeatlas.shared.DateBasis;
import dev.tradeatlas.shared.DatePrecision;
import dev.tradeatlas.timeline.Certainty;
import dev.tradeatlas.timeline.TimelineContributor;
import dev.tradeatlas.timeline.TimelineEntry;
import dev.tradeatlas.timeline.TimelineEvent.Link;
import dev.tradeatlas.timeline.TimelineFilter;
import dev.tradeatlas.timeline.TimelineKind;
import dev.tradeatlas.timeline.TimelineSql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Schedule changes on the timeline: one entry per checkpoint, day and source, naming the hours on
 * each side that changed that day (the checkpoint's first country first).
 */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
class CheckpointTimeline implements TimelineContributor {

  private static final String CHANGES =
      """
      select 'schedule-' || c.code || '-' || s.effective_from || '-' || s.source_id as ref,
             'SCHEDULE_CHANGE' as kind, s.effective_from as occurred_on,
             'DAY' as date_precision, c.code, c.name, c.country_a, c.country_b, s.source_id,
             array_agg(s.side order by s.side = c.country_a desc, s.side) as sides,
             array_agg(trim_scale(s.hours_per_day)::text
                       order by s.side = c.country_a desc, s.side) as hours,
             min(s.quote) as quote
      from checkpoint_schedule s join checkpoint c on c.code = s.checkpoint_code
      where cast(:country as text) is null or cast(:country as text) in (c.country_a, c.country_b)
      group by c.code, s.effective_from, s.source_id
      """;

  private final JdbcClient jdbc;
  private final CountryCodes countries;

  @Override
  public Slice entries(TimelineFilter filter, int limit) {
    if (!filter.admits(TimelineKind.SCHEDULE_CHANGE)) {
      return Slice.EMPTY;
    }
    Map<String, Object> params = new HashMap<>();
    params.put("country", filter.country());
    return TimelineSql.slice(jdbc, CHANGES, params, filter, limit, (rs, i) -> entry(rs));
  }

  private TimelineEntry entry(ResultSet rs) throws SQLException {
    String[] sides = (String[]) rs.getArray("sides").getArray();
    String[] hours = (String[]) rs.getArray("hours").getArray();
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < sides.length; i++) {
      parts.add(countries.country(sides[i]).name() + " side " + hours[i] + " h/day");
    }
    String code = rs.getString("code");
    String name = rs.getString("name");
    return new TimelineEntry(
        rs.getString("ref"),
        TimelineKind.SCHEDULE_CHANGE,
        rs.getObject("occurred_on", LocalDate.class),
        DatePrecision.DAY,
        DateBasis.STATED,
        name + " operating hours: " + String.join(", ", parts),
        Certainty.OCCURRED,
        List.of(rs.getString("country_a"), rs.getString("country_b")),
        List.of(new Link(code, name, "/api/v1/checkpoints/" + code)),
        List.of(),
        rs.getLong("source_id"),
        rs.getString("quote"));
  }
}
