package dev.harden.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Lets at most {@code max} bytes through and fails with {@link LimitExceededException} when the
 * source has more, so a size written in a manifest or a configured cap is enforced while reading,
 * not after.
 */
public final class BoundedInputStream extends FilterInputStream {

  private final long max;
  private final String what;
  private long count;

  /**
   * @param what describes the stream and the limit for the error message, e.g.
   *     {@code "config blob sha256:… (limit 8 MiB)"}
   */
  public BoundedInputStream(InputStream in, long max, String what) {
    super(in);
    this.max = max;
    this.what = what;
  }

  @Override
  public int read() throws IOException {
    int b = in.read();
    if (b >= 0 && ++count > max) {
      throw exceeded();
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    // ask for one byte more than allowed so an over-long source is detected, not truncated
    long room = max - count + 1;
    int n = in.read(b, off, (int) Math.min(len, Math.max(1, room)));
    if (n > 0) {
      count += n;
      if (count > max) {
        throw exceeded();
      }
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    return SkipByReading.skip(this, new byte[(int) Math.min(8192, Math.max(1, n))], n);
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  public long count() {
    return count;
  }

  private LimitExceededException exceeded() {
    return new LimitExceededException(what + ": more than " + Sizes.human(max));
  }

  /** Reads the whole stream into memory, failing past {@code max} bytes. */
  public static byte[] readAll(InputStream in, long max, String what) throws IOException {
    try (InputStream bounded = new BoundedInputStream(in, max, what)) {
      return bounded.readAllBytes();
    }
  }
}
