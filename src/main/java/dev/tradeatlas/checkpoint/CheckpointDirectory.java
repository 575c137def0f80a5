package dev.tradeatlas.checkpoint;

import dev.tradeatlas.shared.KnownCodes;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The checkpoint module's API for other features: which checkpoints exist, and their names. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CheckpointDirectory {

  private final CheckpointRepository checkpoints;

  /** The checkpoints with these codes, by code; unknown codes are absent. */
  public Map<String, CheckpointRef> find(Collection<String> codes) {
    if (codes.isEmpty()) {
      return Map.of();
    }
    return checkpoints.findByCodeIn(List.copyOf(Set.copyOf(codes))).stream()
        .map(CheckpointRef::of)
        .collect(Collectors.toMap(CheckpointRef::code, Function.identity()));
  }

  /** The names of the checkpoints with these codes (others are ignored), by code. */
  public Map<String, String> names(Collection<String> codes) {
    return find(codes).values().stream()
        .collect(Collectors.toMap(CheckpointRef::code, CheckpointRef::name));
  }

  /**
   * The codes, sorted, when every one names a checkpoint; otherwise a 400 naming the field and the
   * unknown codes.
   */
  public Set<String> requireAll(String field, Collection<String> codes) {
    return KnownCodes.requireAll(field, codes, "checkpoints", wanted -> find(wanted).keySet());
  }
}
