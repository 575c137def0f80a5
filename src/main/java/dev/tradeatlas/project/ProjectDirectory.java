package dev.tradeatlas.project;

import dev.tradeatlas.checkpoint.CheckpointResponse.ProjectRef;
import dev.tradeatlas.checkpoint.LinkedProjects;
import dev.tradeatlas.shared.KnownCodes;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The project module's API for other features: which projects exist, by code, and which projects
 * each checkpoint has (for the checkpoint module, through {@link LinkedProjects}).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ProjectDirectory implements LinkedProjects {

  private final JdbcClient jdbc;

  /** The projects with these codes, by code; unknown codes are absent. */
  public Map<String, ProjectRef> find(Collection<String> codes) {
    if (codes.isEmpty()) {
      return Map.of();
    }
    return jdbc
        .sql("select code, name, type, status from project where code in (:codes)")
        .param("codes", List.copyOf(Set.copyOf(codes)))
        .query((rs, i) -> ref(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
        .list()
        .stream()
        .collect(Collectors.toMap(ProjectRef::code, Function.identity()));
  }

  /** The names of the projects with these codes (others are ignored), by code. */
  public Map<String, String> names(Collection<String> codes) {
    return find(codes).values().stream()
        .collect(Collectors.toMap(ProjectRef::code, ProjectRef::name));
  }

  /**
   * The codes, sorted, when every one names a project; otherwise a 400 naming the field and the
   * unknown codes.
   */
  public Set<String> requireAll(String field, Collection<String> codes) {
    return KnownCodes.requireAll(field, codes, "projects", wanted -> find(wanted).keySet());
  }

  @Override
  public Map<String, List<ProjectRef>> linkedTo(Collection<String> checkpointCodes) {
    if (checkpointCodes.isEmpty()) {
      return Map.of();
    }
    return jdbc
        .sql(
            """
            select pc.checkpoint_code, p.code, p.name, p.type, p.status
            from project_checkpoint pc join project p on p.code = pc.project_code
            where pc.checkpoint_code in (:codes)
            order by p.code
            """)
        .param("codes", List.copyOf(Set.copyOf(checkpointCodes)))
        .query(
            (rs, i) ->
                Map.entry(
                    rs.getString(1),
                    ref(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5))))
        .list()
        .stream()
        .collect(
            Collectors.groupingBy(
                Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
  }

  private static ProjectRef ref(String code, String name, String type, String status) {
    return new ProjectRef(code, name, type, status, "/api/v1/projects/" + code);
  }
}
