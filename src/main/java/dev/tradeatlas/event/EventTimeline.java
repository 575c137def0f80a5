package dev.tradeatlas.event;

import dev.tradeatlas.checkpoint.CheckpointDirectory;
import dev.tradeatlas.project.ProjectDirectory;
import dev.tradeatlas.shared.DateBasis;
import dev.tradeatlas.shared.DatePrecision;
import dev.tradeatlas.timeline.Certainty;
import dev.tradeatlas.timeline.TimelineContributor;
import dev.tradeatlas.timeline.TimelineEntry;
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

/** Corridor events on the timeline, linked to the checkpoints and projects they concern. */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
class EventTimeline implements TimelineContributor {

  private static final String EVENTS =
      """
      select 'event-' || e.id as ref, e.kind, e.occurred_on, e.date_precision, e.date_basis, e.certainty,
             e.title, e.source_id, e.quote,
             array(select country_code from corridor_event_country where event_id = e.id
                   order by 1) as countries,
             array(select checkpoint_code from corridor_event_checkpoint where event_id = e.id
                   order by 1) as checkpoints,
             array(select project_code from corridor_event_project where event_id = e.id
                   order by 1) as projects
      from corridor_event e
      where (cast(:kind as text) is null or e.kind = cast(:kind as text))
        and (cast(:country as text) is null
             or exists (select 1 from corridor_event_country c
                        where c.event_id = e.id and c.country_code = cast(:country as text)))
      """;

  private final JdbcClient jdbc;
  private final CheckpointDirectory checkpoints;
  private final ProjectDirectory projects;

  @Override
  public Slice entries(TimelineFilter filter, int limit) {
    if (filter.kind() == TimelineKind.SCHEDULE_CHANGE
        || filter.kind() == TimelineKind.PROJECT_MILESTONE) {
      return Slice.EMPTY;
    }
    Map<String, Object> params = new HashMap<>();
    params.put("kind", filter.kindName());
    params.put("country", filter.country());
    Slice slice =
        TimelineSql.slice(
            jdbc,
            EVENTS,
            params,
            filter,
            limit,
            (rs, i) ->
                new TimelineEntry(
                    rs.getString("ref"),
                    TimelineKind.valueOf(rs.getString("kind")),
                    rs.getObject("occurred_on", LocalDate.class),
                    DatePrecision.valueOf(rs.getString("date_precision")),
                    DateBasis.valueOf(rs.getString("date_basis")),
                    rs.getString("title"),
                    Certainty.valueOf(rs.getString("certainty")),
                    TimelineSql.strings(rs.getArray("countries")),
                    TimelineEntry.links(
                        TimelineSql.strings(rs.getArray("checkpoints")), "/api/v1/checkpoints/"),
                    TimelineEntry.links(
                        TimelineSql.strings(rs.getArray("projects")), "/api/v1/projects/"),
                    rs.getLong("source_id"),
                    rs.getString("quote")));
    List<String> linked = TimelineEntry.linkedCodes(slice.first());
    Map<String, String> checkpointNames = checkpoints.names(linked);
    Map<String, String> projectNames = projects.names(linked);
    return new Slice(
        slice.first().stream().map(e -> e.named(checkpointNames, projectNames)).toList(),
        slice.total());
  }
}
