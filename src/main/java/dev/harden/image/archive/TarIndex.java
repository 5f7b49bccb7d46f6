package dev.harden.image.archive;

import dev.harden.io.Budget;
import dev.harden.io.InputException;
import dev.harden.io.LimitExceededException;
import dev.harden.io.SafeTarReader;
import dev.harden.io.TarEntry;
import dev.harden.io.TarPaths;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A tar archive on disk indexed once (headers only), then read entry by entry at random: layers of
 * a docker-archive are read in parallel with positioned reads on one channel. Symlink and hard-link
 * entries (legacy docker-archives link {@code <id>/layer.tar} to each other) are followed inside
 * the archive, at most {@link #MAX_HOPS} times.
 */
final class TarIndex implements BlobSource {

  static final int MAX_HOPS = 40;

  private record Slot(long offset, long size, TarEntry.Kind kind, String link) {}

  private final Path file;
  private final FileChannel channel;
  private final Map<String, Slot> slots = new HashMap<>();

  private TarIndex(Path file, FileChannel channel) {
    this.file = file;
    this.channel = channel;
  }

  /** Indexes {@code file}; at most {@code maxEntries} entries are accepted. */
  static TarIndex open(Path file, long maxEntries, int maxPathLength)
      throws IOException, InputException {
    FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
    TarIndex index = new TarIndex(file, ch);
    try {
      index.scan(maxEntries, maxPathLength);
      return index;
    } catch (LimitExceededException e) {
      index.close();
      throw new InputException(file.toString(), e.getMessage());
    } catch (IOException | RuntimeException e) {
      index.close();
      throw new InputException(file.toString(), "not a readable tar archive: " + e.getMessage(), e);
    }
  }

  private void scan(long maxEntries, int maxPathLength) throws IOException {
    Positioned in = new Positioned(channel, 0, channel.size());
    // entries are skipped, not read: each is digested when it is opened
    try (SafeTarReader tar = new SafeTarReader(in, Budget.ofCount(maxEntries, "maxEntries"),
        maxPathLength, file.toString(), false)) {
      TarEntry e;
      while ((e = tar.next()) != null) {
        if (!e.usable()) {
          continue; // an archive entry we could never be asked for by a valid name
        }
        String name = e.path().substring(1);
        slots.put(name, new Slot(in.position(), e.size(), e.kind(), e.linkTarget()));
      }
    }
  }

  private Slot find(String name) throws IOException {
    String path = TarPaths.normalize(name);
    for (int hop = 0; hop <= MAX_HOPS && path != null; hop++) {
      Slot s = slots.get(path.substring(1));
      if (s == null) {
        return null;
      }
      switch (s.kind()) {
        case REGULAR -> {
          return s;
        }
        case HARDLINK -> path = s.link();
        case SYMLINK -> path = s.link().startsWith("/") ? TarPaths.normalize(s.link())
            : TarPaths.normalize(TarPaths.parent(path) + "/" + s.link());
        default -> {
          return null;
        }
      }
    }
    throw new IOException(file + ": " + name + ": too many links (or a link loop)");
  }

  @Override
  public OptionalLong size(String name) throws IOException {
    Slot s = find(name);
    return s == null ? OptionalLong.empty() : OptionalLong.of(s.size());
  }

  @Override
  public InputStream open(String name) throws IOException {
    Slot s = find(name);
    if (s == null) {
      throw new NoSuchFileException(describe(name));
    }
    return new Positioned(channel, s.offset(), s.offset() + s.size());
  }

  @Override
  public String describe(String name) {
    return file + ": " + name;
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }

  /** Reads a byte range of the channel with positioned reads (safe from several threads). */
  static final class Positioned extends InputStream {
    private final FileChannel ch;
    private final long end;
    private long pos;

    Positioned(FileChannel ch, long start, long end) {
      this.ch = ch;
      this.pos = start;
      this.end = end;
    }

    long position() {
      return pos;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) <= 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      if (pos >= end) {
        return -1;
      }
      int n = ch.read(ByteBuffer.wrap(b, off, (int) Math.min(len, end - pos)), pos);
      if (n < 0) {
        return -1;
      }
      pos += n;
      return n;
    }

    @Override
    public long skip(long n) {
      long s = Math.max(0, Math.min(n, end - pos));
      pos += s;
      return s;
    }

    @Override
    public int available() {
      return (int) Math.min(Integer.MAX_VALUE, end - pos);
    }
  }
}
