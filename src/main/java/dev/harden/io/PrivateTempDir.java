package dev.harden.io;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A temporary directory only this user can read, removed with everything in it on {@link #close}
 * and, as a backstop, when the JVM exits. Nothing else of the host is ever written by image code.
 */
public final class PrivateTempDir implements Closeable {

  private final Path dir;
  private final Thread hook;
  private boolean closed;

  private PrivateTempDir(Path dir) {
    this.dir = dir;
    this.hook = new Thread(this::deleteQuietly, "harden-tempdir-cleanup");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** A new directory under {@code base} (the system temp dir when null). */
  public static PrivateTempDir create(Path base, String prefix) throws IOException {
    Path dir;
    try {
      dir = base == null
          ? Files.createTempDirectory(prefix,
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")))
          : Files.createTempDirectory(base, prefix,
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    } catch (UnsupportedOperationException e) {
      dir = base == null ? Files.createTempDirectory(prefix) : Files.createTempDirectory(base, prefix);
    }
    return new PrivateTempDir(dir);
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
