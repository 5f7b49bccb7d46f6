package dev.harden.catalog;

import dev.harden.image.fs.FileEntry;
import dev.harden.image.fs.FileResolver;
import dev.harden.image.fs.FileType;
import dev.harden.image.fs.Symlinks;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A test-only file tree held in memory, with per-layer history: each write of a path adds a
 * version, a deletion (whiteout) clears the path's history. Stands in for the image reader's
 * layered tree until that lands.
 */
public final class MemoryFileResolver implements FileResolver {

  private record Version(FileEntry entry, byte[] content) {}

  private final Map<String, List<Version>> paths = new TreeMap<>();

  /** Adds or replaces a regular file (content null: metadata only, as if not selected). */
  public MemoryFileResolver file(String path, byte[] content, int mode, int layer) {
    return put(new FileEntry(Symlinks.normalize(path), FileType.REGULAR,
        content == null ? 0 : content.length, mode, 0, 0, null, layer), content);
  }

  public MemoryFileResolver file(String path, String text) {
    return file(path, text.getBytes(java.nio.charset.StandardCharsets.UTF_8), 0644, 0);
  }

  public MemoryFileResolver file(String path, String text, int layer) {
    return file(path, text.getBytes(java.nio.charset.StandardCharsets.UTF_8), 0644, layer);
  }

  public MemoryFileResolver symlink(String path, String target, int layer) {
    return put(new FileEntry(Symlinks.normalize(path), FileType.SYMLINK, 0, 0777, 0, 0, target,
        layer), null);
  }

  public MemoryFileResolver directory(String path, int layer) {
    String p = Symlinks.normalize(path);
    List<Version> v = paths.get(p);
    if (v != null && !v.isEmpty() && v.get(v.size() - 1).entry().type() == FileType.DIRECTORY) {
      return this;
    }
    return put(new FileEntry(p, FileType.DIRECTORY, 0, 0755, 0, 0, null, layer), null);
  }

  /** Adds a version with a known size whose content was not kept. */
  public MemoryFileResolver entry(FileEntry entry, byte[] content) {
    return put(entry, content);
  }

  /** Deletes a path and everything under it (a whiteout). */
  public MemoryFileResolver delete(String path) {
    String p = Symlinks.normalize(path);
    paths.keySet().removeIf(k -> k.equals(p) || k.startsWith(p.equals("/") ? "/" : p + "/"));
    return this;
  }

  /** Deletes everything under a directory but keeps the directory (an opaque whiteout). */
  public MemoryFileResolver clearDirectory(String path) {
    String p = Symlinks.normalize(path);
    paths.keySet().removeIf(k -> k.startsWith(p.equals("/") ? "/" : p + "/"));
    return this;
  }

  private MemoryFileResolver put(FileEntry e, byte[] content) {
    String parent = e.path();
    while (parent.lastIndexOf('/') > 0) {
      parent = parent.substring(0, parent.lastIndexOf('/'));
      if (!paths.containsKey(parent)) {
        paths.put(parent, new ArrayList<>(List.of(new Version(
            new FileEntry(parent, FileType.DIRECTORY, 0, 0755, 0, 0, null, e.layer()), null))));
      }
    }
    paths.computeIfAbsent(e.path(), k -> new ArrayList<>()).add(new Version(e, content));
    return this;
  }

  @Override
  public Optional<FileEntry> lookup(String path) {
    List<Version> v = paths.get(Symlinks.normalize(path));
    return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(v.size() - 1).entry());
  }

  @Override
  public Stream<FileEntry> entries() {
    return paths.values().stream().filter(v -> !v.isEmpty()).map(v -> v.get(v.size() - 1).entry());
  }

  @Override
  public InputStream open(FileEntry file) throws IOException {
    List<Version> versions = paths.get(file.path());
    if (versions != null) {
      for (int i = versions.size() - 1; i >= 0; i--) {
        Version v = versions.get(i);
        if (v.entry().layer() == file.layer() && v.entry().type() == FileType.REGULAR) {
          if (v.content() == null) {
            throw new IOException(file.path() + ": content not kept");
          }
          return new ByteArrayInputStream(v.content());
        }
      }
    }
    throw new IOException(file.path() + ": not a regular file");
  }

  @Override
  public List<FileEntry> history(String path) {
    List<Version> v = paths.get(Symlinks.normalize(path));
    return v == null ? List.of() : v.stream().map(Version::entry).toList();
  }
}
