package dev.harden.io;

import java.util.concurrent.atomic.AtomicLong;

/**
 * An allowance shared by several streams (all layers of one image are read in parallel), so a
 * limit such as "16 GiB uncompressed per image" or "a million entries per image" holds for the
 * sum, not per stream. Thread-safe.
 */
public final class Budget {

  private final long max;
  private final String limitName;
  private final boolean bytes;
  private final AtomicLong used = new AtomicLong();

  private Budget(long max, String limitName, boolean bytes) {
    this.max = max;
    this.limitName = limitName;
    this.bytes = bytes;
  }

  /** A byte budget; {@code limitName} is the setting that raises it, named in the error. */
  public static Budget ofBytes(long max, String limitName) {
    return new Budget(max, limitName, true);
  }

  /** A budget of things counted one by one (tar entries, layers). */
  public static Budget ofCount(long max, String limitName) {
    return new Budget(max, limitName, false);
  }

  /** Takes {@code n} from the budget; throws once the total passes the maximum. */
  public void charge(long n, String source) throws LimitExceededException {
    if (used.addAndGet(n) > max) {
      String amount = bytes ? Sizes.human(max) : max + " entries";
      throw new LimitExceededException(
          source + ": more than " + amount + " in total (limit " + limitName + ")");
    }
  }

  public long used() {
    return used.get();
  }

  public long max() {
    return max;
  }
}
