package dev.harden.image.fs;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A read-only view of one image's squashed file tree (or of a root filesystem directory). This is
 * the only way cataloguers and analysers see files: they never touch the host file system, so the
 * same code runs on an image, an OCI layout or a directory.
 */
public interface FileResolver {

  /** The entry at this absolute path, without following a final symlink; empty when absent. */
  Optional<FileEntry> lookup(String path);

  /**
   * The entry this path leads to after following symlinks in every element (at most 40 hops), the
   * way the kernel does inside a chroot: {@code ..} at the root stays at the root, so resolution
   * never leaves the image. Empty when absent or when the links loop.
   */
  default Optional<FileEntry> resolve(String path) {
    return Symlinks.resolve(this, path);
  }

  /** Every entry of the tree, in path order. */
  Stream<FileEntry> entries();

  /**
   * The content of a regular file (a hard link reads its target). Only files the walk was asked to
   * keep (see {@link ContentSelector}) are available; others throw {@link IOException}.
   */
  InputStream open(FileEntry file) throws IOException;

  /**
   * The content of a regular file, as {@link #open} gives it, in an array the caller must not
   * modify: a tree may hand out the array it keeps rather than a copy (the Go cataloguer reads
   * every executable whole: 28 MB of copies on node-app).
   */
  default byte[] readOnlyBytes(FileEntry file) throws IOException {
    try (InputStream in = open(file)) {
      return in.readAllBytes();
    }
  }

  /**
   * What a {@link ContentSummarizer} kept for this file instead of its content (see {@link
   * ContentSelector#summarizing}); empty when it kept nothing or the source has no summaries (a
   * directory, whose files can always be opened).
   */
  default Optional<Object> summary(FileEntry file) {
    return Optional.empty();
  }

  /**
   * Every version of this path that a layer wrote, oldest first, ending with the visible one (a
   * deletion by a later layer ends the history empty). Cataloguers use it to tell which layer
   * introduced a package whose database file many layers rewrote (dpkg status, apk installed).
   * Contents of these older versions are available through {@link #open} for kept files. A
   * directory source has one version per path.
   */
  default List<FileEntry> history(String path) {
    return lookup(path).map(List::of).orElse(List.of());
  }

  /** Entries whose path matches the glob, in path order. */
  default List<FileEntry> glob(String pattern) {
    Glob glob = Glob.compile(pattern);
    return entries().filter(e -> glob.matches(e.path())).toList();
  }
}
