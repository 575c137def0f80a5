package dev.tradeatlas.project;

import dev.tradeatlas.checkpoint.CheckpointDirectory;
import dev.tradeatlas.shared.DateBasis;
import dev.tradeatlas.shared.DatePrecision;
import dev.tradeatlas.timeline.Certainty;
import dev.tradeatlas.timeline.TimelineContributor;
import dev.tradeatlas.timeline.TimelineEntry;
import dev.tradeatlas.timeline.TimelineEvent.Link;
import dev.tradeatlas.timeline.TimelineFilter;
import dev.tradeatlas.timeline.TimelineKind;
import dev.tradeatlas.timeline.TimelineSql;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Project milestones on the timeline, with the project's countries and checkpoints. */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
class ProjectTimeline implements TimelineContributor {

  private static final String MILESTONES =
      """
      select 'milestone-' || m.id as ref, 'PROJECT_MILESTONE' as kind, m.occurred_on,
             m.date_precision, m.date_basis, p.name || ': ' || m.title as title, m.source_id, m.quote,
             p.code, p.name,
             array(select country_code from project_country where project_code = p.code order by 1)
               as countries,
             array(select checkpoint_code from project_checkpoint where project_code = p.code
                   order by 1) as checkpoints
      from project_milestone m join project p on p.code = m.project_code
      where cast(:country as text) is null
         or exists (select 1 from project_country pc
                    where pc.project_code = p.code and pc.country_code = cast(:country as text))
      """;

  private final JdbcClient jdbc;
  private final CheckpointDirectory checkpoints;

  @Override
  public Slice entries(TimelineFilter filter, int limit) {
    if (!filter.admits(TimelineKind.PROJECT_MILESTONE)) {
      return Slice.EMPTY;
    }
    Map<String, Object> params = new HashMap<>();
    params.put("country", filter.country());
    Slice slice =
        TimelineSql.slice(
            jdbc,
            MILESTONES,
            params,
            filter,
            limit,
            (rs, i) -> {
              String code = rs.getString("code");
              return new TimelineEntry(
                  rs.getString("ref"),
                  TimelineKind.PROJECT_MILESTONE,
                  rs.getObject("occurred_on", LocalDate.class),
                  DatePrecision.valueOf(rs.getString("date_precision")),
                  DateBasis.valueOf(rs.getString("date_basis")),
                  rs.getString("title"),
                  Certainty.OCCURRED,
                  TimelineSql.strings(rs.getArray("countries")),
                  TimelineEntry.links(
                      TimelineSql.strings(rs.getArray("checkpoints")), "/api/v1/checkpoints/"),
                  List.of(new Link(code, rs.getString("name"), "/api/v1/projects/" + code)),
                  rs.getLong("source_id"),
                  rs.getString("quote"));
            });
    Map<String, String> names = checkpoints.names(TimelineEntry.linkedCodes(slice.first()));
    return new Slice(
        slice.first().stream().map(e -> e.named(names, Map.of())).toList(), slice.total());
  }
}
