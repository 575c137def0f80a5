package dev.tradeatlas.turnover.resolution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

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

  private FigurePaths() {}

  /**
   * The shortest paths from one boundary to another, at most {@link #MAX_PATHS}, or none. With
   * {@code forwardOnly} only tilings (every figure added) count.
   *
   * <p>The boundaries are numbered and the arcs kept in arrays (a series over hundreds of sources
   * asks this of each source's figures for each period: tens of thousands of small graphs a
   * request). Each boundary's arcs are in the figures' order, forwards then backwards per figure,
   * and the search visits them in that order.
   */
  static List<List<Step>> shortest(
      long from, long to, Collection<Observation> figures, boolean forwardOnly) {
    Observation[] byIndex = figures.toArray(new Observation[0]);
    int n = byIndex.length;
    long[] nodes = new long[2 * n + 2];
    int count = 0;
    nodes[count++] = from;
    nodes[count++] = to;
    for (Observation figure : byIndex) {
      nodes[count++] = figure.fromBoundary();
      nodes[count++] = figure.toBoundary();
    }
    Arrays.sort(nodes, 0, count);
    int distinct = 0;
    for (int i = 0; i < count; i++) {
      if (distinct == 0 || nodes[i] != nodes[distinct - 1]) {
        nodes[distinct++] = nodes[i];
      }
    }
    // the arcs leaving each boundary, as positions in three parallel arrays (compressed rows)
    int arcCount = forwardOnly ? n : 2 * n;
    int[] start = new int[distinct + 1];
    int[] tail = new int[n];
    int[] head = new int[n];
    for (int f = 0; f < n; f++) {
      tail[f] = Arrays.binarySearch(nodes, 0, distinct, byIndex[f].fromBoundary());
      head[f] = Arrays.binarySearch(nodes, 0, distinct, byIndex[f].toBoundary());
      start[tail[f] + 1]++;
      if (!forwardOnly) {
        start[head[f] + 1]++;
      }
    }
    for (int i = 0; i < distinct; i++) {
      start[i + 1] += start[i];
    }
    int[] fill = Arrays.copyOf(start, distinct);
    int[] arcFigure = new int[arcCount];
    int[] arcNext = new int[arcCount];
    boolean[] arcForward = new boolean[arcCount];
    for (int f = 0; f < n; f++) {
      int a = fill[tail[f]]++;
      arcFigure[a] = f;
      arcNext[a] = head[f];
      arcForward[a] = true;
      if (!forwardOnly) {
        a = fill[head[f]]++;
        arcFigure[a] = f;
        arcNext[a] = tail[f];
        arcForward[a] = false;
      }
    }
    Graph graph = new Graph(byIndex, start, arcFigure, arcNext, arcForward);
    int source = Arrays.binarySearch(nodes, 0, distinct, from);
    int target = Arrays.binarySearch(nodes, 0, distinct, to);
    int[] distance = new int[distinct];
    Arrays.fill(distance, -1);
    distance[source] = 0;
    int[] queue = new int[distinct];
    int first = 0;
    int last = 0;
    queue[last++] = source;
    while (first < last && distance[target] < 0) {
      int node = queue[first++];
      int next = distance[node] + 1;
      for (int a = start[node]; a < start[node + 1]; a++) {
        if (distance[arcNext[a]] < 0) {
          distance[arcNext[a]] = next;
          queue[last++] = arcNext[a];
        }
      }
    }
    int length = distance[target];
    if (length <= 0) {
      return List.of();
    }
    List<List<Step>> paths = new ArrayList<>();
    graph.collect(source, target, length, distance, new int[length], 0, paths, new int[] {0});
    return paths;
  }

  /** The figures and the arcs between numbered boundaries. */
  private record Graph(
      Observation[] figures, int[] start, int[] arcFigure, int[] arcNext, boolean[] arcForward) {

    /** Depth-first along arcs that keep to the shortest distance, until enough paths are found. */
    void collect(
        int node,
        int to,
        int length,
        int[] distance,
        int[] path,
        int depth,
        List<List<Step>> paths,
        int[] visits) {
      if (depth == length) {
        if (node == to) {
          List<Step> steps = new ArrayList<>(length);
          for (int a : path) {
            steps.add(new Step(figures[arcFigure[a]], arcForward[a]));
          }
          paths.add(List.copyOf(steps));
        }
        return;
      }
      for (int a = start[node]; a < start[node + 1]; a++) {
        if (paths.size() >= MAX_PATHS || ++visits[0] > MAX_VISITS) {
          return;
        }
        int next = arcNext[a];
        // a node first reached at this depth, or the end itself at the last step
        boolean onLevel = distance[next] == depth + 1;
        boolean last = next == to && depth + 1 == length;
        if (onLevel || last) {
          path[depth] = a;
          collect(next, to, length, distance, path, depth + 1, paths, visits);
        }
      }
    }
  }
}
