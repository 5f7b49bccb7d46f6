package dev.harden.io;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A temporary directory only this user can read, removed with everything in it on {@link #close}
 * and, as a backstop, when the JVM exits. Nothing else of the host is ever written by image code.
 */
public final class PrivateTempDir implements Closeable {

  private static final int MAX_ATTEMPTS = 100;
  private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY =
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));

  private final Path dir;
  private final Thread hook;
  private boolean closed;

  private PrivateTempDir(Path dir) {
    this.dir = dir;
    this.hook = new Thread(this::deleteQuietly, "harden-tempdir-cleanup");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /**
   * A new directory under {@code base} (the system temp dir when null).
   *
   * <p>Named here rather than by {@code Files.createTempDirectory}, whose first call seeds a
   * {@code SecureRandom} (about 40 ms of a command's start-up). The name needs to be unique, not
   * secret: the directory is made with one exclusive mkdir, readable by this user only, which
   * fails on any existing entry (a symlink planted under a guessed name included), and a taken
   * name is simply skipped.
   */
  public static PrivateTempDir create(Path base, String prefix) throws IOException {
    Path root = base != null ? base : Path.of(System.getProperty("java.io.tmpdir"));
    for (int attempt = 1; ; attempt++) {
      Path dir = root.resolve(prefix
          + Long.toUnsignedString(ThreadLocalRandom.current().nextLong() ^ System.nanoTime(), 36));
      try {
        try {
          Files.createDirectory(dir, OWNER_ONLY);
        } catch (UnsupportedOperationException e) {
          Files.createDirectory(dir); // not a POSIX file system
        }
        return new PrivateTempDir(dir);
      } catch (FileAlreadyExistsException e) {
        if (attempt == MAX_ATTEMPTS) {
          throw new IOException(root + ": no free name for a temporary directory after "
              + MAX_ATTEMPTS + " attempts", e);
        }
      }
    }
  }

  public Path path() {
    return dir;
  }

  @Override
  public synchronized void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down; the hook deletes
    }
    delete(dir);
  }

  private void deleteQuietly() {
    try {
      delete(dir);
    } catch (IOException e) {
      // best effort at JVM exit
    }
  }

  private static void delete(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.deleteIfExists(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
        Files.deleteIfExists(d);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
