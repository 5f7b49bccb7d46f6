package dev.harden.vulndb;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The store's tables. {@link #VERSION} goes up with every incompatible change; a file of another
 * version is refused (the user rebuilds it with {@code harden db update} or {@code import}).
 */
final class DbSchema {

  /** The schema this harden reads and writes. */
  static final int VERSION = 1;

  /** Written to {@code meta.format} so that another SQLite file is never mistaken for ours. */
  static final String FORMAT = "harden-vulndb";

  private static final String[] DDL = {
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    // body: the deflated, trimmed OSV JSON of the advisory (AdvisoryCodec)
    // severity_*: the severity resolved from the record itself at import (CVE records are
    // joined at read time, since they may be imported later)
    "CREATE TABLE advisory(id TEXT PRIMARY KEY, modified TEXT, withdrawn INTEGER NOT NULL,"
        + " severity_level TEXT NOT NULL, severity_score REAL, severity_vector TEXT,"
        + " severity_source TEXT NOT NULL, body BLOB NOT NULL)",
    // one row per (advisory, ecosystem, release, package): the lookup index of the matcher
    "CREATE TABLE affected(advisory_id TEXT NOT NULL, ecosystem TEXT NOT NULL, release TEXT,"
        + " name TEXT NOT NULL)",
    "CREATE INDEX affected_by_package ON affected(ecosystem, name)",
    "CREATE INDEX affected_by_advisory ON affected(advisory_id)",
    // where each advisory came from ("import" or "update:<ECOSYSTEM>"), so an update replaces
    // exactly the records of its archive
    "CREATE TABLE advisory_origin(advisory_id TEXT NOT NULL, origin TEXT NOT NULL,"
        + " PRIMARY KEY(advisory_id, origin)) WITHOUT ROWID",
    "CREATE INDEX origin_by_origin ON advisory_origin(origin)",
    "CREATE TABLE cve_severity(cve_id TEXT PRIMARY KEY, vector TEXT, score REAL,"
        + " level TEXT NOT NULL, origin TEXT NOT NULL)",
    // conditional-request state of each downloaded archive
    "CREATE TABLE source(ecosystem TEXT PRIMARY KEY, url TEXT NOT NULL, etag TEXT,"
        + " last_modified TEXT, fetched_at TEXT NOT NULL, records INTEGER NOT NULL)",
    // ecosystems that scans met, so that a bare `harden db update` knows what to fetch
    "CREATE TABLE seen_ecosystem(ecosystem TEXT PRIMARY KEY)",
  };

  private DbSchema() {}

  static void create(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String ddl : DDL) {
        s.execute(ddl);
      }
      s.execute("INSERT INTO meta(key, value) VALUES ('format', '" + FORMAT + "')");
      s.execute("INSERT INTO meta(key, value) VALUES ('schema_version', '" + VERSION + "')");
    }
  }
}
