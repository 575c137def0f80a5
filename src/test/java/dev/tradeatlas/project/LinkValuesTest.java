package dev.tradeatlas.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeatlas.checkpoint.CheckpointRef;
import dev.tradeatlas.checkpoint.CheckpointResponse.ProjectRef;
import dev.tradeatlas.checkpoint.CheckpointStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The links between checkpoints and projects carry type and status as strings with their allowed
 * values written out (the checkpoint module cannot name the project module's enums: the project
 * module depends on it). These tests keep those lists equal to the enums.
 */
class LinkValuesTest {

  @Test
  void aProjectLinkListsEveryProjectTypeAndStatus() throws Exception {
    assertThat(allowed(ProjectRef.class, "type")).containsExactly(names(ProjectType.values()));
    assertThat(allowed(ProjectRef.class, "status")).containsExactly(names(ProjectStatus.values()));
  }

  @Test
  void aCheckpointLinkListsEveryCheckpointStatus() throws Exception {
    assertThat(allowed(CheckpointRef.class, "status"))
        .containsExactly(names(CheckpointStatus.values()));
  }

  private static String[] allowed(Class<? extends Record> type, String component)
      throws NoSuchFieldException {
    // @Schema on a record component lands on its field (and accessor and parameter)
    return type.getDeclaredField(component).getAnnotation(Schema.class).allowableValues();
  }

  private static String[] names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toArray(String[]::new);
  }
}
