package dev.tradeatlas.checkpoint;

import dev.tradeatlas.checkpoint.CheckpointResponse.ProjectRef;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the checkpoint module asks of a feature that links projects to checkpoints (the project
 * module implements it), so a checkpoint can list its projects without reading their tables.
 */
public interface LinkedProjects {

  /**
   * The projects linked to each of these checkpoints, by checkpoint code, in project code order.
   */
  Map<String, List<ProjectRef>> linkedTo(Collection<String> checkpointCodes);
}
