package dev.harden.image.fs;

import dev.harden.io.Budget;
import dev.harden.io.LimitExceededException;
import dev.harden.io.PrivateTempDir;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Holds the contents of the files a {@link ContentSelector} asked for: small ones in memory, large
 * ones (or all once the memory allowance is used) spilled to files in one private temp dir that
 * {@link #close} removes. Thread-safe: layers are read in parallel.
 */
final class ContentStore implements Closeable {

  /** Where one kept content lives. */
  sealed interface Ref permits InMemory, Spilled, Summarized {
    long size();
  }

  /** Only a {@link ContentSummarizer}'s result was kept, not the bytes. */
  record Summarized(Object summary, long size) implements Ref {}

  record InMemory(byte[] bytes) implements Ref {
    @Override
    public long size() {
      return bytes.length;
    }
  }

  record Spilled(Path file, long size) implements Ref {}

  private final Path tempBase;
  private final long maxInMemoryFile;
  private final Budget kept;
  private final long maxInMemory;
  private final AtomicLong inMemory = new AtomicLong();
  private final AtomicLong spillCounter = new AtomicLong();
  private PrivateTempDir spill;

  ContentStore(Path tempBase, long maxInMemoryFile, long maxInMemory, long maxKept) {
    this.tempBase = tempBase;
    this.maxInMemoryFile = maxInMemoryFile;
    this.maxInMemory = maxInMemory;
    this.kept = Budget.ofBytes(maxKept, "maxKeptBytes");
  }

  /** Reads exactly {@code size} bytes of {@code in} and keeps them. */
  Ref keep(InputStream in, long size, String where) throws IOException {
    kept.charge(size, where);
    if (size <= maxInMemoryFile && inMemory.addAndGet(size) <= maxInMemory) {
      byte[] bytes = in.readNBytes((int) size);
      if (bytes.length != size) {
        throw new IOException(where + ": truncated entry (" + bytes.length + " of " + size
            + " bytes)");
      }
      return new InMemory(bytes);
    }
    if (size <= maxInMemoryFile) {
      inMemory.addAndGet(-size);
    }
    Path file = spillDir().resolve(Long.toString(spillCounter.incrementAndGet()));
    long copied;
    try (OutputStream out = Files.newOutputStream(file)) {
      copied = copy(in, out, size);
    }
    if (copied != size) {
      throw new IOException(where + ": truncated entry (" + copied + " of " + size + " bytes)");
    }
    return new Spilled(file, size);
  }

  private static long copy(InputStream in, OutputStream out, long size) throws IOException {
    byte[] buf = new byte[64 * 1024];
    long done = 0;
    while (done < size) {
      int n = in.read(buf, 0, (int) Math.min(buf.length, size - done));
      if (n < 0) {
        break;
      }
      out.write(buf, 0, n);
      done += n;
    }
    return done;
  }

  private synchronized Path spillDir() throws IOException {
    if (spill == null) {
      spill = PrivateTempDir.create(tempBase, "harden-layers-");
    }
    return spill.path();
  }

  static InputStream open(Ref ref) throws IOException {
    if (ref instanceof InMemory m) {
      return new ByteArrayInputStream(m.bytes());
    }
    if (ref instanceof Summarized) {
      throw new IOException("content not kept (only summarised)");
    }
    return Files.newInputStream(((Spilled) ref).file());
  }

  /** Bytes kept in memory now (for the bench and tests). */
  long bytesInMemory() {
    return inMemory.get();
  }

  @Override
  public synchronized void close() throws IOException {
    if (spill != null) {
      spill.close();
    }
  }

  static boolean isLimit(IOException e) {
    return e instanceof LimitExceededException;
  }
}
