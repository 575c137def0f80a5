package dev.tradeatlas.persistence;

import org.jspecify.annotations.Nullable;

/**
 * Where the reads of the current request go, and the data version that answers from there are keyed
 * on. Set for the length of one read request ({@link ReadRouteFilter}); absent everywhere else,
 * which means the primary.
 */
public final class ReadRoute {

  /** Where a request reads. */
  public enum Target {
    PRIMARY,
    REPLICA
  }

  private static final ThreadLocal<ReadRoute> CURRENT = new ThreadLocal<>();

  private final Target target;
  private final long version;
  private volatile boolean fellBack;

  ReadRoute(Target target, long version) {
    this.target = target;
    this.version = version;
  }

  /** The route of this thread's request, or null outside a routed read. */
  public static @Nullable ReadRoute current() {
    return CURRENT.get();
  }

  static void set(@Nullable ReadRoute route) {
    if (route == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(route);
    }
  }

  public Target target() {
    return target;
  }

  /** The data version where the reads go: answers hold at least this version's data. */
  public long version() {
    return version;
  }

  /**
   * Whether the replica failed during this request and reads went to the primary instead: the
   * answer is right but newer than {@link #version()}, so it is not kept under that version.
   */
  public boolean fellBack() {
    return fellBack;
  }

  void fallBack() {
    fellBack = true;
  }

  boolean toReplica() {
    return target == Target.REPLICA && !fellBack;
  }
}
