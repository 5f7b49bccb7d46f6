package dev.harden.image.fs;

import dev.harden.image.ImageLimits;
import dev.harden.image.Layer;
import dev.harden.image.ProgressListener;
import dev.harden.io.Budget;
import dev.harden.io.Decompressor;
import dev.harden.io.DigestingInputStream;
import dev.harden.io.InputException;
import dev.harden.io.SafeTarReader;
import dev.harden.io.TarEntry;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Streams one layer once: verifies the stored digest and the diff id, decompresses with the bomb
 * guards, and turns each tar header into an {@link Item}, keeping content only for the entries
 * the selector wants. Layers are read independently (in parallel); {@link LayeredFileTree} applies
 * them in order afterwards.
 */
final class LayerReader {

  /** What an item does to the tree. */
  enum Marker {
    ENTRY,
    /** {@code .wh.<name>}: deletes the named path from lower layers. */
    WHITEOUT,
    /** {@code .wh..wh..opq}: hides everything lower layers put in this directory. */
    OPAQUE
  }

  record Item(FileEntry entry, Marker marker, ContentStore.Ref content) {}

  /** The parsed layer: items in tar order and the notes about suspect entries. */
  record Parsed(List<Item> items, List<TreeNote> notes) {}

  static final String WHITEOUT_PREFIX = ".wh.";
  static final String OPAQUE_NAME = ".wh..wh..opq";

  private LayerReader() {}

  static Parsed read(Layer layer, int index, int layerCount, ContentSelector selector,
      ImageLimits limits, Budget uncompressed, Budget entries, ContentStore store,
      ProgressListener progress, String where) throws IOException {
    List<Item> items = new ArrayList<>();
    List<TreeNote> notes = new ArrayList<>();
    progress.onProgress(new ProgressListener.Event(ProgressListener.Stage.LAYER_STARTED, index,
        layerCount, 0, layer.size()));
    try (InputStream stored = new Progress(layer.compressed(), progress, index, layerCount,
        layer.size())) {
      Decompressor.Opened plain = Decompressor.open(stored, uncompressed,
          limits.maxCompressionRatio(), where);
      DigestingInputStream diff =
          DigestingInputStream.verifying(plain.stream(), layer.diffId(), where + ": diff id");
      SafeTarReader tar = new SafeTarReader(diff, entries, limits.maxPathLength(), where);
      TarEntry e;
      while ((e = tar.next()) != null) {
        Item item = toItem(e, index, selector, tar, store, notes, where);
        if (item != null) {
          items.add(item);
        }
      }
      diff.drain(); // the diff id covers bytes after the end-of-archive marker too
      stored.transferTo(OutputStream.nullOutputStream()); // and the stored digest every stored byte
    }
    progress.onProgress(new ProgressListener.Event(ProgressListener.Stage.LAYER_DONE, index,
        layerCount, layer.size(), layer.size()));
    return new Parsed(items, notes);
  }

  /** The layer a thread read, or the reason it could not be read as an input error. */
  static Parsed await(Future<Parsed> reading, String where) throws InputException {
    try {
      return reading.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InputException(where, "interrupted");
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof NoSuchFileException) {
        throw new InputException(where, "blob is missing", c);
      }
      if (c instanceof IOException) { // limits exceeded included
        throw new InputException(where, strip(c.getMessage(), where), c);
      }
      if (c instanceof OutOfMemoryError) {
        throw new InputException(where, "out of memory while reading the layer", c);
      }
      throw new InputException(where, "unreadable layer: " + c, c);
    }
  }

  /** Messages from the stream stack already start with the layer name; do not repeat it. */
  private static String strip(String message, String where) {
    if (message == null) {
      return "unreadable layer";
    }
    return message.startsWith(where + ": ") ? message.substring(where.length() + 2) : message;
  }

  private static Item toItem(TarEntry e, int layer, ContentSelector selector, SafeTarReader tar,
      ContentStore store, List<TreeNote> notes, String where) throws IOException {
    if (!e.usable()) {
      notes.add(new TreeNote(e.path() != null ? e.path() : e.rawName(), layer,
          e.problem() + "; entry skipped"));
      return null;
    }
    if (e.problem() != null) {
      notes.add(new TreeNote(e.path(), layer, e.problem()));
    }
    String path = e.path();
    String name = path.substring(path.lastIndexOf('/') + 1);
    if (name.startsWith(WHITEOUT_PREFIX)) {
      String dir = path.substring(0, path.length() - name.length() - 1);
      if (name.equals(OPAQUE_NAME)) {
        return new Item(entry(dir.isEmpty() ? "/" : dir, e, layer), Marker.OPAQUE, null);
      }
      String hidden = name.substring(WHITEOUT_PREFIX.length());
      if (hidden.isEmpty() || hidden.equals(".") || hidden.equals("..")
          || hidden.startsWith(WHITEOUT_PREFIX)) {
        // .wh..wh.plnk and friends are aufs internals; nothing to apply
        return null;
      }
      return new Item(entry(dir + "/" + hidden, e, layer), Marker.WHITEOUT, null);
    }
    FileEntry entry = entry(path, e, layer);
    if (e.kind() == TarEntry.Kind.CHAR_DEVICE || e.kind() == TarEntry.Kind.BLOCK_DEVICE) {
      notes.add(new TreeNote(path, layer, "device file; kept as metadata only"));
    }
    ContentStore.Ref content = null;
    if (entry.type() == FileType.REGULAR && selector.keep(entry)) {
      content = store.keep(tar.content(), e.size(), where + ": " + path);
    } else if (entry.type() == FileType.REGULAR && selector.summarizer() != null
        && selector.summarizer().wants(entry)) {
      Object summary = selector.summarizer().summarize(entry, tar.content());
      if (summary != null) {
        content = new ContentStore.Summarized(summary, e.size());
      }
    }
    return new Item(entry, Marker.ENTRY, content);
  }

  private static FileEntry entry(String path, TarEntry e, int layer) {
    FileType type = switch (e.kind()) {
      case REGULAR -> FileType.REGULAR;
      case DIRECTORY -> FileType.DIRECTORY;
      case SYMLINK -> FileType.SYMLINK;
      case HARDLINK -> FileType.HARDLINK;
      case CHAR_DEVICE -> FileType.CHAR_DEVICE;
      case BLOCK_DEVICE -> FileType.BLOCK_DEVICE;
      case FIFO, OTHER -> FileType.FIFO;
    };
    return new FileEntry(path, type, e.size(), e.mode(), e.uid(), e.gid(), e.linkTarget(), layer);
  }

  /** Reports stored bytes read, about every 4 MiB. */
  private static final class Progress extends FilterInputStream {
    private static final long STEP = 4L << 20;
    private final ProgressListener listener;
    private final int layer;
    private final int layers;
    private final long total;
    private long read;
    private long reported;

    Progress(InputStream in, ProgressListener listener, int layer, int layers, long total) {
      super(in);
      this.listener = listener;
      this.layer = layer;
      this.layers = layers;
      this.total = total;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      if (n > 0) {
        read += n;
        if (read - reported >= STEP) {
          reported = read;
          listener.onProgress(new ProgressListener.Event(ProgressListener.Stage.LAYER_PROGRESS,
              layer, layers, read, total));
        }
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      byte[] buf = new byte[(int) Math.min(64 * 1024, Math.max(1, n))];
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
  }
}
