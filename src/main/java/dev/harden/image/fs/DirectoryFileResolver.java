package dev.harden.image.fs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A root filesystem directory on the host seen as an image tree. Host symlinks are never followed:
 * they are reported as {@link FileType#SYMLINK} entries and resolved inside the root like any
 * image symlink, so a link to {@code /etc/passwd} reads the tree's own file, not the host's.
 * Modes carry the setuid, setgid and sticky bits, and entries their owner ids, where the host
 * file system reports them (the {@code unix} attribute view); elsewhere owners read as 0.
 */
public final class DirectoryFileResolver implements FileResolver {

  private static final boolean UNIX_VIEW =
      java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("unix");

  private final Path root;
  private final Map<String, FileEntry> entries = new TreeMap<>();

  private DirectoryFileResolver(Path root) {
    this.root = root;
  }

  /** Indexes the tree under {@code root} (metadata only; contents are read on {@link #open}). */
  public static DirectoryFileResolver of(Path root) throws IOException {
    DirectoryFileResolver resolver = new DirectoryFileResolver(root.toAbsolutePath().normalize());
    resolver.index();
    return resolver;
  }

  private void index() throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      walk.forEach(
          p -> {
            try {
              add(p);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private void add(Path p) throws IOException {
    String rel = root.relativize(p).toString().replace('\\', '/');
    String path = rel.isEmpty() ? "/" : "/" + rel;
    PosixFileAttributes a =
        Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    FileType type;
    String target = null;
    if (a.isSymbolicLink()) {
      type = FileType.SYMLINK;
      target = Files.readSymbolicLink(p).toString();
    } else if (a.isDirectory()) {
      type = FileType.DIRECTORY;
    } else if (a.isRegularFile()) {
      type = FileType.REGULAR;
    } else {
      type = FileType.FIFO;
    }
    int mode = mode(a.permissions());
    int uid = 0;
    int gid = 0;
    if (UNIX_VIEW) {
      // the "unix" view adds what POSIX permissions leave out: setuid, setgid, sticky, ids
      Map<String, Object> unix = Files.readAttributes(p, "unix:mode,uid,gid",
          LinkOption.NOFOLLOW_LINKS);
      mode = (Integer) unix.get("mode") & 07777;
      uid = (Integer) unix.get("uid");
      gid = (Integer) unix.get("gid");
    }
    entries.put(
        path,
        new FileEntry(path, type, type == FileType.REGULAR ? a.size() : 0, mode, uid, gid,
            target, -1));
  }

  private static int mode(Set<PosixFilePermission> perms) {
    int mode = 0;
    for (PosixFilePermission perm : perms) {
      mode |= 1 << (8 - perm.ordinal());
    }
    return mode;
  }

  @Override
  public Optional<FileEntry> lookup(String path) {
    return Optional.ofNullable(entries.get(Symlinks.normalize(path)));
  }

  @Override
  public Stream<FileEntry> entries() {
    return entries.values().stream();
  }

  @Override
  public InputStream open(FileEntry file) throws IOException {
    FileEntry known = entries.get(file.path());
    if (known == null || known.type() != FileType.REGULAR) {
      throw new IOException(file.path() + ": not a regular file in " + root);
    }
    return Files.newInputStream(root.resolve(file.path().substring(1)), LinkOption.NOFOLLOW_LINKS);
  }
}
