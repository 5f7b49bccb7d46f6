package dev.harden.catalog.rpm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Header blobs of rpm's sqlite database ({@code rpmdb.sqlite}): the {@code blob} column of the
 * {@code Packages} table. SQLite reads files, so the bytes are copied into a fresh temporary
 * directory that is removed before this returns, and opened read-only and immutable (no journal
 * or lock files are written beside it).
 */
final class SqliteRpmDb {

  private static final byte[] MAGIC = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private SqliteRpmDb() {}

  static boolean looksLike(byte[] db) {
    if (db.length < MAGIC.length) {
      return false;
    }
    for (int i = 0; i < MAGIC.length; i++) {
      if (db[i] != MAGIC[i]) {
        return false;
      }
    }
    return true;
  }

  static List<byte[]> blobs(byte[] db, Path scratchRoot, long maxBlobBytes) throws IOException {
    Path dir = scratchRoot == null
        ? Files.createTempDirectory("harden-rpmdb")
        : Files.createTempDirectory(scratchRoot, "harden-rpmdb");
    try {
      Path file = dir.resolve("rpmdb.sqlite");
      Files.write(file, db, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      Properties props = new Properties();
      props.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY
      String url = "jdbc:sqlite:file:" + file.toAbsolutePath() + "?immutable=1";
      List<byte[]> out = new ArrayList<>();
      try (Connection c = DriverManager.getConnection(url, props);
          Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT blob FROM Packages")) {
        while (rs.next()) {
          byte[] blob = rs.getBytes(1);
          if (blob == null) {
            continue;
          }
          if (blob.length > maxBlobBytes) {
            throw new IOException("a package header is larger than " + maxBlobBytes + " bytes");
          }
          out.add(blob);
        }
      } catch (SQLException e) {
        throw new IOException("sqlite: " + e.getMessage(), e);
      }
      return out;
    } finally {
      deleteTree(dir);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
