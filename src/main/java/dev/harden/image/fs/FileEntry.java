package dev.harden.image.fs;

/**
 * One entry of an image's file tree, metadata only.
 *
 * @param path normalised absolute path inside the image, e.g. {@code /var/lib/dpkg/status}
 * @param type what kind of entry it is
 * @param size content size in bytes (0 for anything but regular files)
 * @param mode permission bits including setuid/setgid/sticky (e.g. {@code 04755})
 * @param uid owner
 * @param gid group
 * @param linkTarget symlink target as written in the layer, or the hard link's target path; null
 *     otherwise
 * @param layer 0-based index of the layer that last wrote this entry (-1 for a directory source)
 */
public record FileEntry(
    String path,
    FileType type,
    long size,
    int mode,
    int uid,
    int gid,
    String linkTarget,
    int layer) {

  public boolean isRegular() {
    return type == FileType.REGULAR;
  }

  /** The last path element. */
  public String name() {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? path : path.substring(slash + 1);
  }
}
