package dev.harden.image.fs;

import dev.harden.image.Image;
import dev.harden.image.ImageLimits;
import dev.harden.image.ImageOptions;
import dev.harden.image.Images;
import dev.harden.image.LayerInfo;
import dev.harden.image.ProgressListener;
import dev.harden.io.Budget;
import dev.harden.io.InputException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The squashed file tree of an image, built the way a container runtime stacks layers: each layer
 * is streamed once (several decompress in parallel), then applied in order with whiteouts and
 * opaque directories; hard links share their target's content; symlinks stay entries and are
 * resolved inside the root on lookup. Only the contents a {@link ContentSelector} asked for are
 * kept (see {@link ContentStore}); close the tree to remove spilled contents.
 */
public final class LayeredFileTree implements FileResolver, Closeable {

  private final TreeMap<String, Node> tree = new TreeMap<>();
  private final List<TreeNote> notes = new ArrayList<>();
  private final List<LayerInfo> layers;
  private final ContentStore store;

  /** One path of the tree; kept files remember every layer's version. */
  private static final class Node {
    FileEntry entry;
    ContentStore.Ref content;
    List<Version> history;

    Node(FileEntry entry, ContentStore.Ref content) {
      this.entry = entry;
      this.content = content;
    }
  }

  private record Version(FileEntry entry, ContentStore.Ref content) {}

  private LayeredFileTree(List<LayerInfo> layers, ContentStore store) {
    this.layers = List.copyOf(layers);
    this.store = store;
    tree.put("/", new Node(new FileEntry("/", FileType.DIRECTORY, 0, 0755, 0, 0, null, -1), null));
  }

  /** Reads with the options' limits, parallelism, temp dir and progress listener. */
  public static LayeredFileTree read(Image image, ContentSelector selector, ImageOptions options)
      throws InputException {
    return read(image, selector, options.limits(), options.parallelism(), options.tempDir(),
        options.progress());
  }

  /** Reads with the given limits, one thread per core and no progress reporting. */
  public static LayeredFileTree read(Image image, ContentSelector selector, ImageLimits limits)
      throws InputException {
    return read(image, selector, limits, 0, null, ProgressListener.NONE);
  }

  public static LayeredFileTree read(Image image, ContentSelector selector, ImageLimits limits,
      int parallelism, Path tempBase, ProgressListener progress) throws InputException {
    ContentStore store = new ContentStore(tempBase, limits.maxInMemoryFileBytes(),
        limits.maxInMemoryBytes(), limits.maxKeptBytes());
    LayeredFileTree result = new LayeredFileTree(Images.layerInfos(image), store);
    int n = image.layers().size();
    int threads = Math.max(1, Math.min(n, parallelism > 0 ? parallelism
        : Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "harden-layer-reader");
      t.setDaemon(true);
      return t;
    });
    Budget uncompressed = Budget.ofBytes(limits.maxUncompressedBytes(), "maxUncompressedBytes");
    Budget entries = Budget.ofCount(limits.maxEntries(), "maxEntries");
    List<Future<LayerReader.Parsed>> parsed = new ArrayList<>(n);
    try {
      for (int i = 0; i < n; i++) {
        int index = i;
        String where = layerName(image, index);
        parsed.add(pool.submit(() -> LayerReader.read(image.layers().get(index), index, n,
            selector, limits, uncompressed, entries, store, progress, where)));
      }
      for (int i = 0; i < n; i++) {
        result.apply(i, LayerReader.await(parsed.get(i), layerName(image, i)));
      }
      result.noteSymlinkLoops();
      return result;
    } catch (InputException | RuntimeException | Error e) {
      for (Future<?> f : parsed) {
        f.cancel(true);
      }
      // let the other layers' threads stop before their spill files are removed
      pool.shutdownNow();
      try {
        pool.awaitTermination(30, TimeUnit.SECONDS);
      } catch (InterruptedException ie) {
        Thread.currentThread().interrupt();
      }
      closeQuietly(result);
      throw e;
    } finally {
      pool.shutdownNow();
    }
  }

  private static String layerName(Image image, int index) {
    return image.source() + ": layer " + (index + 1) + " (" + image.layers().get(index).digest()
        + ")";
  }

  private static void closeQuietly(Closeable c) {
    try {
      c.close();
    } catch (IOException e) {
      // already failing; the temp dir's shutdown hook is the backstop
    }
  }

  // ---------------------------------------------------------------- applying a layer

  private void apply(int layer, LayerReader.Parsed parsed) {
    notes.addAll(parsed.notes());
    // deletions first: they hide what lower layers wrote, never what this layer writes
    for (LayerReader.Item item : parsed.items()) {
      if (item.marker() == LayerReader.Marker.WHITEOUT) {
        removeWithChildren(item.entry().path());
      } else if (item.marker() == LayerReader.Marker.OPAQUE) {
        removeChildren(item.entry().path());
      }
    }
    for (LayerReader.Item item : parsed.items()) {
      if (item.marker() == LayerReader.Marker.ENTRY) {
        place(layer, item.entry(), item.content());
      }
    }
  }

  private void removeWithChildren(String path) {
    if (!path.equals("/")) {
      tree.remove(path);
    }
    removeChildren(path);
  }

  private void removeChildren(String dir) {
    if (dir.equals("/")) {
      Node root = tree.get("/");
      tree.clear();
      tree.put("/", root);
      return;
    }
    tree.subMap(dir + "/", dir + "0").clear();
  }

  private void place(int layer, FileEntry entry, ContentStore.Ref content) {
    String path = entry.path();
    if (path.equals("/")) {
      tree.get("/").entry = relocate(entry, "/");
      return;
    }
    String parent = parentDirectory(layer, path);
    if (parent == null) {
      return;
    }
    if (!parent.equals(parentOf(path))) {
      String moved = (parent.equals("/") ? "" : parent) + path.substring(path.lastIndexOf('/'));
      notes.add(new TreeNote(path, layer, "written through a symlinked directory; placed at "
          + moved));
      entry = relocate(entry, moved);
      path = moved;
    }
    if (entry.type() == FileType.HARDLINK) {
      Node target = tree.get(entry.linkTarget());
      while (target != null && target.entry.type() == FileType.HARDLINK) {
        target = tree.get(target.entry.linkTarget());
      }
      if (target == null || target.entry.type() != FileType.REGULAR) {
        notes.add(new TreeNote(path, layer, "hard link to " + entry.linkTarget()
            + ", which is not a regular file of the image; entry skipped"));
        return;
      }
      entry = new FileEntry(path, FileType.HARDLINK, target.entry.size(), entry.mode(),
          entry.uid(), entry.gid(), target.entry.path(), layer);
      content = target.content;
    }
    Node old = tree.get(path);
    if (old != null && old.entry.type() == FileType.DIRECTORY
        && entry.type() != FileType.DIRECTORY) {
      removeChildren(path);
    }
    Node node = new Node(entry, content);
    if (content != null || (old != null && old.history != null)) {
      node.history = old != null && old.history != null ? old.history : new ArrayList<>(2);
      node.history.add(new Version(entry, content));
    }
    tree.put(path, node);
  }

  /**
   * The directory an entry's parent path leads to, creating missing directories as an extracting
   * runtime would. A symlinked parent is followed inside the root; null when the parent is a file.
   */
  private String parentDirectory(int layer, String path) {
    String parent = parentOf(path);
    Node p = tree.get(parent);
    if (p != null && p.entry.type() == FileType.DIRECTORY) {
      return parent;
    }
    if (p == null) {
      String made = parentDirectory(layer, parent);
      if (made == null) {
        return null;
      }
      String real = made.equals(parentOf(parent)) ? parent
          : (made.equals("/") ? "" : made) + parent.substring(parent.lastIndexOf('/'));
      if (!tree.containsKey(real)) {
        tree.put(real, new Node(new FileEntry(real, FileType.DIRECTORY, 0, 0755, 0, 0, null,
            layer), null));
      }
      Node r = tree.get(real);
      return r.entry.type() == FileType.DIRECTORY ? real : null;
    }
    if (p.entry.type() == FileType.SYMLINK) {
      String real = Symlinks.realPath(this, parent);
      if (real != null) {
        Node r = tree.get(real);
        if (r != null && r.entry.type() == FileType.DIRECTORY) {
          return real;
        }
      }
    }
    notes.add(new TreeNote(path, layer, "parent " + parent + " is not a directory; entry skipped"));
    return null;
  }

  private static String parentOf(String path) {
    int slash = path.lastIndexOf('/');
    return slash <= 0 ? "/" : path.substring(0, slash);
  }

  private static FileEntry relocate(FileEntry e, String path) {
    return new FileEntry(path, e.type(), e.size(), e.mode(), e.uid(), e.gid(), e.linkTarget(),
        e.layer());
  }

  /**
   * A symlink that loops (or chains more than {@link Symlinks#MAX_HOPS} links) resolves to nothing:
   * a package database behind one would read as absent, so each becomes a note.
   */
  private void noteSymlinkLoops() {
    for (Node n : tree.values()) {
      if (n.entry.type() == FileType.SYMLINK && Symlinks.realPath(this, n.entry.path()) == null) {
        notes.add(new TreeNote(n.entry.path(), n.entry.layer(), "symlink loop (or more than "
            + Symlinks.MAX_HOPS + " links in a row); resolves to nothing"));
      }
    }
  }

  // ---------------------------------------------------------------- FileResolver

  @Override
  public Optional<FileEntry> lookup(String path) {
    Node n = tree.get(path.startsWith("/") && !path.contains("//") && !path.contains("/.")
        && (path.length() == 1 || !path.endsWith("/")) ? path : Symlinks.normalize(path));
    return n == null ? Optional.empty() : Optional.of(n.entry);
  }

  @Override
  public Stream<FileEntry> entries() {
    return tree.values().stream().map(n -> n.entry);
  }

  @Override
  public InputStream open(FileEntry file) throws IOException {
    return ContentStore.open(keptContent(file));
  }

  @Override
  public byte[] readOnlyBytes(FileEntry file) throws IOException {
    ContentStore.Ref ref = keptContent(file);
    return ref instanceof ContentStore.InMemory m ? m.bytes() : FileResolver.super.readOnlyBytes(file);
  }

  private ContentStore.Ref keptContent(FileEntry file) throws IOException {
    Node n = tree.get(file.path());
    if (n == null) {
      throw new IOException(file.path() + ": not in the image");
    }
    ContentStore.Ref ref = null;
    if (n.entry.layer() == file.layer()) {
      ref = n.content;
    } else if (n.history != null) {
      for (Version v : n.history) {
        if (v.entry().layer() == file.layer()) {
          ref = v.content();
        }
      }
    }
    if (ref == null) {
      throw new IOException(file.path() + ": content not kept (not selected for reading)");
    }
    return ref;
  }

  @Override
  public Optional<Object> summary(FileEntry file) {
    Node n = tree.get(file.path());
    if (n == null) {
      return Optional.empty();
    }
    ContentStore.Ref ref = n.entry.layer() == file.layer() ? n.content : null;
    if (ref == null && n.history != null) {
      for (Version v : n.history) {
        if (v.entry().layer() == file.layer()) {
          ref = v.content();
        }
      }
    }
    return ref instanceof ContentStore.Summarized s ? Optional.of(s.summary()) : Optional.empty();
  }

  @Override
  public List<FileEntry> history(String path) {
    Node n = tree.get(Symlinks.normalize(path));
    if (n == null) {
      return List.of();
    }
    if (n.history == null) {
      return List.of(n.entry);
    }
    return n.history.stream().map(Version::entry).toList();
  }

  /** The image's layers with identity, size and build step, bottom first. */
  public List<LayerInfo> layers() {
    return layers;
  }

  /** Suspect entries found while reading (skipped or kept as metadata only). */
  public List<TreeNote> notes() {
    return List.copyOf(notes);
  }

  /** Number of entries in the tree, the root included. */
  public int size() {
    return tree.size();
  }

  /** Bytes of kept contents held in memory (the rest is spilled). */
  public long keptBytesInMemory() {
    return store.bytesInMemory();
  }

  Map<String, FileEntry> snapshot() {
    Map<String, FileEntry> out = new TreeMap<>();
    tree.forEach((k, v) -> out.put(k, v.entry));
    return out;
  }

  @Override
  public void close() throws IOException {
    store.close();
  }
}
