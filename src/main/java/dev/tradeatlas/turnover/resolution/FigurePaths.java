package dev.tradeatlas.turnover.resolution;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Totals as paths through figures. Each figure of a series is an edge between two month boundaries:
 * the end of the month before its first month and the end of its last month. A period is a pair of
 * boundaries, and any path between them, walking each figure forwards (+) or backwards (−), gives
 * its value: 2024-12 = − 2024-01..2024-11 + 2024. A breadth-first search finds the paths with the
 * fewest figures; they are few, because a series holds a few dozen figures near a period.
 */
final class FigurePaths {

  /** One figure on a path, walked forwards (added) or backwards (subtracted). */
  record Step(Observation figure, boolean forward) {}

  /** At most this many equally short paths are compared. */
  static final int MAX_PATHS = 64;

  private static final int MAX_VISITS = 20_000;

  private record Arc(Observation figure, long next, boolean forward) {}

  private FigurePaths() {}

  /**
   * The shortest paths from one boundary to another, at most {@link #MAX_PATHS}, or none. With
   * {@code forwardOnly} only tilings (every figure added) count.
   */
  static List<List<Step>> shortest(
      long from, long to, Collection<Observation> figures, boolean forwardOnly) {
    Map<Long, List<Arc>> arcs = new HashMap<>();
    for (Observation figure : figures) {
      arcs.computeIfAbsent(figure.fromBoundary(), b -> new ArrayList<>())
          .add(new Arc(figure, figure.toBoundary(), true));
      if (!forwardOnly) {
        arcs.computeIfAbsent(figure.toBoundary(), b -> new ArrayList<>())
            .add(new Arc(figure, figure.fromBoundary(), false));
      }
    }
    Map<Long, Integer> distance = new HashMap<>();
    distance.put(from, 0);
    ArrayDeque<Long> queue = new ArrayDeque<>();
    queue.add(from);
    while (!queue.isEmpty() && !distance.containsKey(to)) {
      long node = queue.poll();
      int next = java.util.Objects.requireNonNull(distance.get(node), "queued once reached") + 1;
      for (Arc arc : arcs.getOrDefault(node, List.of())) {
        if (distance.putIfAbsent(arc.next(), next) == null) {
          queue.add(arc.next());
        }
      }
    }
    Integer length = distance.get(to);
    if (length == null || length == 0) {
      return List.of();
    }
    List<List<Step>> paths = new ArrayList<>();
    collect(from, to, length, arcs, distance, new ArrayList<>(), paths, new int[] {0});
    return paths;
  }

  /** Depth-first along arcs that keep to the shortest distance, until enough paths are found. */
  private static void collect(
      long node,
      long to,
      int length,
      Map<Long, List<Arc>> arcs,
      Map<Long, Integer> distance,
      List<Step> path,
      List<List<Step>> paths,
      int[] visits) {
    if (path.size() == length) {
      if (node == to) {
        paths.add(List.copyOf(path));
      }
      return;
    }
    for (Arc arc : arcs.getOrDefault(node, List.of())) {
      if (paths.size() >= MAX_PATHS || ++visits[0] > MAX_VISITS) {
        return;
      }
      Integer d = distance.get(arc.next());
      // a node first reached at this depth, or the end itself at the last step
      boolean onLevel = d != null && d == path.size() + 1;
      boolean last = arc.next() == to && path.size() + 1 == length;
      if (onLevel || last) {
        path.add(new Step(arc.figure(), arc.forward()));
        collect(arc.next(), to, length, arcs, distance, path, paths, visits);
        path.remove(path.size() - 1);
      }
    }
  }
}
