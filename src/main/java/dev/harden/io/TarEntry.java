package dev.harden.io;

/**
 * One tar header, with its name normalised and judged.
 *
 * @param path normalised absolute path ({@code /etc/passwd}; {@code /} for the root), or null
 *     when the name leaves the root ({@code ../x}); such an entry must not be used
 * @param rawName the name as written in the archive
 * @param kind what the entry is
 * @param size content size (the real size for sparse files)
 * @param mode permission bits including setuid/setgid/sticky
 * @param linkTarget symlink target as written, or the hard link target normalised like {@code path}
 *     (null when a hard link target leaves the root); null for other kinds
 * @param problem why this entry is suspect ({@code "absolute name"}, {@code "path traversal"}…),
 *     or null
 */
public record TarEntry(
    String path,
    String rawName,
    Kind kind,
    long size,
    int mode,
    int uid,
    int gid,
    String linkTarget,
    String problem) {

  /** The entry kinds a tar can hold. */
  public enum Kind {
    REGULAR,
    DIRECTORY,
    SYMLINK,
    HARDLINK,
    CHAR_DEVICE,
    BLOCK_DEVICE,
    FIFO,
    /** A kind this reader does not model (e.g. a GNU volume header); skipped with a note. */
    OTHER
  }

  /** False when the entry cannot be placed in the tree (its name or link target leaves it). */
  public boolean usable() {
    return path != null && !(kind == Kind.HARDLINK && linkTarget == null) && kind != Kind.OTHER;
  }
}
