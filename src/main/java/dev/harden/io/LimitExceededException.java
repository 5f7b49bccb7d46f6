package dev.harden.io;

import java.io.IOException;

/**
 * A configured bound on hostile input was reached: total or per-stream size, compression ratio,
 * entry count, path length. It is an {@link IOException} so that it can leave a stream's
 * {@code read}; image readers turn it into an {@link InputException} naming the blob.
 */
public final class LimitExceededException extends IOException {

  private static final long serialVersionUID = 1L;

  public LimitExceededException(String message) {
    super(message);
  }
}
