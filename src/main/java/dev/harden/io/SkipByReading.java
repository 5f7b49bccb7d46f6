package dev.harden.io;

import java.io.IOException;
import java.io.InputStream;

/**
 * {@code skip} for streams whose every byte must pass through {@code read}: counted against a
 * limit, hashed, or charged to a decompression budget. {@code InputStream.skip} of the source
 * would let those bytes by unseen.
 */
final class SkipByReading {

  private SkipByReading() {}

  /**
   * Reads and drops up to {@code n} bytes of {@code stream} through its own {@code read}, using
   * {@code buffer}; returns how many it read (fewer at end of stream, 0 when {@code n <= 0}).
   */
  static long skip(InputStream stream, byte[] buffer, long n) throws IOException {
    long done = 0;
    while (done < n) {
      int r = stream.read(buffer, 0, (int) Math.min(buffer.length, n - done));
      if (r < 0) {
        break;
      }
      done += r;
    }
    return done;
  }
}
