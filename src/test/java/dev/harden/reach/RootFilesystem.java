package dev.harden.reach;

import dev.harden.image.ImageOptions;
import dev.harden.image.fs.ContentSelector;
import dev.harden.image.fs.FileEntry;
import dev.harden.image.source.ImageContents;
import dev.harden.image.source.ImageSources;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * Test-only: unpacks an image's squashed tree (read by harden's own image reader, which already
 * applied whiteouts, clamped every path to the root and resolved writes through symlinked
 * directories) into a directory that can be {@code chroot}ed into. Entries are created in path
 * order, parents first, never through a symlink: regular files with CREATE_NEW, symlinks as
 * written (they resolve inside the chroot), hard links as copies, devices skipped.
 */
final class RootFilesystem {

  private RootFilesystem() {}

  static void unpack(String archive, Path root) throws Exception {
    try (ImageContents contents = ImageSources.read(archive, ImageOptions.defaults(),
        ContentSelector.ALL)) {
      for (FileEntry e : (Iterable<FileEntry>) contents.files().entries()::iterator) {
        if (e.path().equals("/")) {
          continue;
        }
        Path target = root.resolve(e.path().substring(1)).normalize();
        if (!target.startsWith(root)) {
          throw new IOException("entry leaves the root: " + e.path());
        }
        if (!Files.isDirectory(target.getParent(), LinkOption.NOFOLLOW_LINKS)) {
          continue; // the reader placed it under a directory it kept; nothing else is written
        }
        switch (e.type()) {
          case DIRECTORY -> {
            Files.createDirectories(target);
            permissions(target, e.mode() | 0700);
          }
          case SYMLINK -> Files.createSymbolicLink(target, Path.of(e.linkTarget()));
          case REGULAR, HARDLINK -> {
            try (InputStream in = contents.files().open(e);
                OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
              in.transferTo(out);
            }
            permissions(target, e.mode());
          }
          default -> { }
        }
      }
    }
  }

  private static void permissions(Path p, int mode) throws IOException {
    Set<PosixFilePermission> perms = EnumSet.noneOf(PosixFilePermission.class);
    PosixFilePermission[] bits = {
        PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE,
        PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE,
        PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
        PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE,
        PosixFilePermission.OWNER_READ};
    for (int i = 0; i < bits.length; i++) {
      if ((mode & (1 << i)) != 0) {
        perms.add(bits[i]);
      }
    }
    Files.setPosixFilePermissions(p, perms);
  }
}
