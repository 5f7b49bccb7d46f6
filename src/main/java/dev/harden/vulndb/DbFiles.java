package dev.harden.vulndb;

import dev.harden.io.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;
import org.sqlite.SQLiteConfig;

/** Opening database files and telling a usable one from a missing, foreign or stale one. */
final class DbFiles {

  static final String FIX = "run `harden db update` or `harden db import PATH...` to build it";

  private DbFiles() {}

  static Connection connect(Path file, boolean readOnly) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(readOnly); // a reader never creates or modifies the file
    config.setBusyTimeout(10_000);
    Properties p = config.toProperties();
    return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), p);
  }

  /**
   * Throws unless {@code file} is a harden database of the current schema. The message says what
   * is wrong and how to fix it.
   */
  static void requireUsable(Path file, Connection c) throws InputException {
    String where = file.toString();
    String format;
    String version;
    try {
      format = meta(c, "format");
      version = meta(c, "schema_version");
    } catch (SQLException e) {
      throw new InputException(
          where, "not a readable harden vulnerability database (" + e.getMessage() + "); " + FIX);
    }
    if (!DbSchema.FORMAT.equals(format)) {
      throw new InputException(where, "not a harden vulnerability database; " + FIX);
    }
    if (!String.valueOf(DbSchema.VERSION).equals(version)) {
      throw new InputException(
          where,
          "vulnerability database has schema " + version + ", this harden needs "
              + DbSchema.VERSION + "; " + FIX);
    }
  }

  static void requireExists(Path file) throws InputException {
    if (!Files.isRegularFile(file)) {
      throw new InputException(file.toString(), "no vulnerability database here; " + FIX);
    }
  }

  static String meta(Connection c, String key) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
      s.setString(1, key);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getString(1) : null;
      }
    }
  }
}
