package dev.harden.cli;

import dev.harden.io.PrivateTempDir;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;

/**
 * Where sqlite-jdbc puts its native library. The first connection of a process (the vulnerability
 * store, rpm's sqlite database) makes {@code org.sqlite.SQLiteJDBCLoader} copy
 * {@code libsqlitejdbc.so} into the directory named by the system property
 * {@value #PROPERTY} (default {@code java.io.tmpdir}) and load it from there; it has no other
 * setting. Pointing that property at a directory of our own, readable by this user only and
 * removed at exit, keeps the library out of the shared temp directory, where another process
 * could see it or where stale copies of crashed runs pile up. A system property is process-wide,
 * so it is set here, once, at the process's entry point, and nowhere below {@code cli}.
 */
final class SqliteNativeDir {

  /** The one setting sqlite-jdbc's loader reads for its extraction directory. */
  static final String PROPERTY = "org.sqlite.tmpdir";

  /**
   * The commands that may open a sqlite database (the vulnerability store, an image's rpm
   * database); the others skip making the directory, which is a measurable part of their start-up.
   */
  static final Set<String> COMMANDS = withDb(HardenCommand.IMAGE_COMMANDS);

  private SqliteNativeDir() {}

  // a loop, not a stream: every command pays this class's initialisation, and a stream's lambdas
  // cost a call-site bootstrap each (14 ms of a lint)
  private static Set<String> withDb(Set<String> imageCommands) {
    Set<String> all = new HashSet<>(imageCommands);
    all.add("db");
    return Set.copyOf(all);
  }

  /**
   * Creates a private directory under the directory {@code properties} name for sqlite-jdbc (its
   * own setting if the user gave one, else {@code java.io.tmpdir}) and points {@value #PROPERTY}
   * at it. The directory goes when the JVM exits. Returns it, or null when it could not be made:
   * sqlite-jdbc then uses its default and reports its own error if that fails too.
   */
  static Path usePrivateDir(Properties properties) {
    String base = properties.getProperty(PROPERTY, properties.getProperty("java.io.tmpdir"));
    try {
      // never closed: the library stays mapped until exit, when PrivateTempDir's hook removes it
      PrivateTempDir dir = PrivateTempDir.create(base == null ? null : Path.of(base), "harden-sqlite-");
      properties.setProperty(PROPERTY, dir.path().toString());
      return dir.path();
    } catch (IOException | InvalidPathException e) {
      return null;
    }
  }
}
