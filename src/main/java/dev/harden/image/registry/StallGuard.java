package dev.harden.image.registry;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Ends a response body that stops sending: the JDK client's request timeout covers only the wait
 * for the headers, so a registry (or a proxy) that stalls in the middle of a blob would hang the
 * read forever. Each read arms an alarm; if no byte arrives before it rings, the body is closed
 * and the read fails with a message naming the timeout.
 */
final class StallGuard extends FilterInputStream {

  private final Duration timeout;
  private final String what;
  private volatile boolean stalled;

  StallGuard(InputStream in, Duration timeout, String what) {
    super(in);
    this.timeout = timeout;
    this.what = what;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n <= 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    CompletableFuture<Void> alarm = CompletableFuture.runAsync(this::ring,
        CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS));
    int n;
    try {
      n = in.read(b, off, len);
    } catch (IOException e) {
      throw stalled ? stalledError(e) : e;
    } finally {
      alarm.cancel(false);
    }
    if (stalled) {
      throw stalledError(null);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    byte[] buf = new byte[(int) Math.min(8192, Math.max(1, n))];
    long done = 0;
    while (done < n) {
      int r = read(buf, 0, (int) Math.min(buf.length, n - done));
      if (r < 0) {
        break;
      }
      done += r;
    }
    return done;
  }

  private void ring() {
    stalled = true;
    try {
      in.close(); // wakes the blocked read
    } catch (IOException ignored) {
      // the read reports the stall
    }
  }

  private IOException stalledError(IOException cause) {
    return new IOException(what + ": the registry stopped sending (no data for "
        + timeout.toSeconds() + " s)", cause);
  }
}
