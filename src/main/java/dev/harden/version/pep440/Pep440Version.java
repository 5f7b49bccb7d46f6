package dev.harden.version.pep440;

import dev.harden.version.Version;
import dev.harden.version.VersionScheme;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;

/** A parsed PEP 440 version; see {@link Pep440Scheme} for the order. */
public final class Pep440Version implements Version {

  /** A pre-release: label 0 (a), 1 (b) or 2 (rc), and its number. */
  record Pre(int label, BigInteger number) {}

  private final String raw;
  private final BigInteger epoch;
  private final List<BigInteger> release;
  private final Pre pre;
  private final BigInteger post;
  private final BigInteger dev;
  private final List<Object> local;

  Pep440Version(
      String raw,
      BigInteger epoch,
      List<BigInteger> release,
      Pre pre,
      BigInteger post,
      BigInteger dev,
      List<Object> local) {
    this.raw = raw;
    this.epoch = epoch;
    this.release = List.copyOf(release);
    this.pre = pre;
    this.post = post;
    this.dev = dev;
    this.local = List.copyOf(local);
  }

  @Override
  public String raw() {
    return raw;
  }

  @Override
  public VersionScheme scheme() {
    return Pep440Scheme.INSTANCE;
  }

  /** True for alpha, beta, rc and dev releases. */
  public boolean isPreRelease() {
    return pre != null || dev != null;
  }

  @Override
  public int compareTo(Version o) {
    Version.requireSameScheme(this, o);
    Pep440Version b = (Pep440Version) o;
    int c = epoch.compareTo(b.epoch);
    if (c == 0) {
      c = compareRelease(release, b.release);
    }
    if (c == 0) {
      c = Integer.compare(preRank(), b.preRank());
    }
    if (c == 0 && pre != null) {
      c = pre.number().compareTo(b.pre.number());
    }
    if (c == 0) {
      c = compareMissingLow(post, b.post);
    }
    if (c == 0) {
      c = compareMissingHigh(dev, b.dev);
    }
    if (c == 0) {
      c = compareLocal(local, b.local);
    }
    return Integer.signum(c);
  }

  /** Dev-only releases (no pre, no post) rank below a, b and rc; a final release above them. */
  private int preRank() {
    if (pre != null) {
      return pre.label();
    }
    return (post == null && dev != null) ? -1 : 3;
  }

  private static int compareRelease(List<BigInteger> a, List<BigInteger> b) {
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      BigInteger x = i < a.size() ? a.get(i) : BigInteger.ZERO;
      BigInteger y = i < b.size() ? b.get(i) : BigInteger.ZERO;
      int c = x.compareTo(y);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private static int compareMissingLow(BigInteger a, BigInteger b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : -1) : 1;
    }
    return a.compareTo(b);
  }

  private static int compareMissingHigh(BigInteger a, BigInteger b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : 1) : -1;
    }
    return a.compareTo(b);
  }

  /** No local part first; then segment by segment, strings before numbers, shorter first. */
  private static int compareLocal(List<Object> a, List<Object> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      Object x = a.get(i);
      Object y = b.get(i);
      int c;
      if (x instanceof BigInteger bx && y instanceof BigInteger by) {
        c = bx.compareTo(by);
      } else if (x instanceof String sx && y instanceof String sy) {
        c = sx.compareTo(sy);
      } else {
        c = x instanceof BigInteger ? 1 : -1;
      }
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Pep440Version v && compareTo(v) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(epoch, release, pre, post, dev, local);
  }

  @Override
  public String toString() {
    return raw;
  }
}
