package dev.harden.catalog.golang;

import dev.harden.image.fs.ContentSummarizer;
import dev.harden.image.fs.FileEntry;
import java.io.IOException;
import java.io.InputStream;

/**
 * Looks for Go build information in each program while its layer streams and keeps only the
 * {@link GoScan}, so the image reader no longer keeps every program of the image for the Go
 * cataloguer (node-app: 350 programs, 27 MB, of which none is Go). The program is read into a
 * buffer that each layer thread reuses, so a C program costs no allocation. Programs larger than
 * {@link #MAX_SIZE} are kept whole instead, as before (see {@link GoBinaryCataloger#selector}),
 * which bounds the buffer per thread.
 */
final class GoBinarySummarizer implements ContentSummarizer {

  /** Largest program read into a layer thread's buffer; larger ones are kept by the reader. */
  static final long MAX_SIZE = 32L << 20;

  static final GoBinarySummarizer INSTANCE = new GoBinarySummarizer();

  private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[0]);

  private GoBinarySummarizer() {}

  @Override
  public boolean wants(FileEntry entry) {
    return GoBinaryCataloger.isCandidate(entry) && entry.size() <= MAX_SIZE;
  }

  @Override
  public Object summarize(FileEntry entry, InputStream content) throws IOException {
    int size = (int) entry.size();
    byte[] buffer = BUFFER.get();
    if (buffer.length < size) {
      // grow in steps, so that a run of slightly larger programs does not reallocate each time
      buffer = new byte[(int) Math.min(MAX_SIZE, Math.max(size, 2L * buffer.length))];
      BUFFER.set(buffer);
    }
    int n = content.readNBytes(buffer, 0, Math.min(size, 4));
    if (n < 4 || !ElfFile.isElf(buffer)) {
      return GoScan.NOT_GO; // the reader skips the rest of a script
    }
    n += content.readNBytes(buffer, n, size - n);
    try {
      return GoScan.of(buffer, n);
    } catch (RuntimeException e) {
      // a parser bug on hostile bytes: the cataloguer reports it as an unknown, as it would
      // have reported its own failure, and the layer is still read
      return new GoScan(null, "", e.toString());
    }
  }
}
