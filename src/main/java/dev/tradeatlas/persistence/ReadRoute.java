package dev.tradeatlas.persistence;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;

/**
 * Where the reads of the current request go, and the data version that answers from there are keyed
 * on. Set for the length of one read request ({@link ReadRouteFilter}) as a request attribute,
 * which other modules read ({@link #of}); absent everywhere else, which means the primary. The data
 * source finds it through a thread-local of this package's own, set and cleared with the attribute.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
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

  private static final String ATTRIBUTE = ReadRoute.class.getName();

  /** The route of a request, or null when its reads are not routed. */
  public static @Nullable ReadRoute of(jakarta.servlet.ServletRequest request) {
    return request.getAttribute(ATTRIBUTE) instanceof ReadRoute route ? route : null;
  }

  /** The route of this thread's request, for the data source; null outside a routed read. */
  static @Nullable ReadRoute current() {
    return CURRENT.get();
  }

  static void set(jakarta.servlet.ServletRequest request, @Nullable ReadRoute route) {
    if (route == null) {
      CURRENT.remove();
      request.removeAttribute(ATTRIBUTE);
    } else {
      CURRENT.set(route);
      request.setAttribute(ATTRIBUTE, route);
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
