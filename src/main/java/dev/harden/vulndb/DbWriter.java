package dev.harden.vulndb;

import dev.harden.ecosystem.Ecosystem;
import dev.harden.io.InputException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Changes to the database, built in a copy beside the live file and swapped in by an atomic
 * rename on {@link #commit()}. Until then the live file is untouched, so an interrupted or failed
 * import or update leaves the old database working; {@link #close()} without commit removes the
 * copy.
 */
public final class DbWriter implements AutoCloseable {

  private final Path target;
  private final Path staged;
  private final Connection c;
  private final Clock clock;
  private final AdvisoryCodec codec = new AdvisoryCodec();
  private final boolean replacedUnusable;
  private PreparedStatement putAdvisory;
  private PreparedStatement deleteAffected;
  private PreparedStatement putAffected;
  private PreparedStatement putOrigin;
  private boolean committed;

  private DbWriter(Path target, Path staged, Connection c, Clock clock, boolean replacedUnusable) {
    this.target = target;
    this.staged = staged;
    this.c = c;
    this.clock = clock;
    this.replacedUnusable = replacedUnusable;
  }

  /**
   * Starts a change to the database at {@code target}: copies a usable existing file, or starts
   * an empty one when there is none (or it is unusable: {@link #replacedUnusable()} says so).
   */
  public static DbWriter stage(Path target, Clock clock) throws InputException {
    Path dir = target.toAbsolutePath().getParent();
    Path staged = null;
    try {
      Files.createDirectories(dir);
      staged = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
      boolean fresh = true;
      boolean unusable = false;
      if (Files.isRegularFile(target)) {
        if (usable(target)) {
          Files.copy(target, staged, StandardCopyOption.REPLACE_EXISTING);
          fresh = false;
        } else {
          unusable = true;
        }
      }
      if (fresh) {
        Files.delete(staged);
      }
      Connection c = DbFiles.connect(staged, false);
      try (Statement s = c.createStatement()) {
        // the copy is private until the rename; durability comes from force() before it
        s.execute("PRAGMA journal_mode=OFF");
        s.execute("PRAGMA synchronous=OFF");
      }
      if (fresh) {
        DbSchema.create(c);
      }
      c.setAutoCommit(false);
      return new DbWriter(target, staged, c, clock, unusable);
    } catch (IOException | SQLException e) {
      deleteQuietly(staged);
      throw new InputException(target.toString(), "cannot stage a database update: " + e.getMessage());
    }
  }

  private static boolean usable(Path file) {
    try (Connection c = DbFiles.connect(file, true)) {
      DbFiles.requireUsable(file, c);
      return true;
    } catch (SQLException | InputException e) {
      return false;
    }
  }

  /** True when an existing file was unusable (corrupt, foreign, old schema) and is being rebuilt. */
  public boolean replacedUnusable() {
    return replacedUnusable;
  }

  /** Adds or replaces an advisory, remembering that {@code origin} supplied it. */
  public void putAdvisory(Advisory a, String origin) throws InputException {
    try {
      if (putAdvisory == null) {
        putAdvisory =
            c.prepareStatement(
                "INSERT OR REPLACE INTO advisory(id, modified, withdrawn, severity_level,"
                    + " severity_score, severity_vector, severity_source, body)"
                    + " VALUES (?,?,?,?,?,?,?,?)");
        deleteAffected = c.prepareStatement("DELETE FROM affected WHERE advisory_id = ?");
        putAffected =
            c.prepareStatement(
                "INSERT INTO affected(advisory_id, ecosystem, release, name) VALUES (?,?,?,?)");
        putOrigin =
            c.prepareStatement(
                "INSERT OR IGNORE INTO advisory_origin(advisory_id, origin) VALUES (?,?)");
      }
      putAdvisory.setString(1, a.id());
      putAdvisory.setString(2, a.modified());
      putAdvisory.setInt(3, a.isWithdrawn() ? 1 : 0);
      Severity sev = a.severity();
      putAdvisory.setString(4, sev.level().name());
      if (sev.score() == null) {
        putAdvisory.setNull(5, java.sql.Types.REAL);
      } else {
        putAdvisory.setDouble(5, sev.score());
      }
      putAdvisory.setString(6, sev.vector());
      putAdvisory.setString(7, sev.source());
      putAdvisory.setBytes(8, codec.encode(a));
      putAdvisory.executeUpdate();
      deleteAffected.setString(1, a.id());
      deleteAffected.executeUpdate();
      Set<String> seen = new HashSet<>();
      for (AffectedPackage p : a.affected()) {
        if (seen.add(p.ecosystem() + "\0" + p.releaseKey() + "\0" + p.name())) {
          putAffected.setString(1, a.id());
          putAffected.setString(2, p.ecosystem().name());
          putAffected.setString(3, p.releaseKey());
          putAffected.setString(4, p.name());
          putAffected.executeUpdate();
        }
      }
      putOrigin.setString(1, a.id());
      putOrigin.setString(2, origin);
      putOrigin.executeUpdate();
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  /** Forgets what {@code origin} supplied; advisories no other origin supplied are removed. */
  public void dropOrigin(String origin) throws InputException {
    try (PreparedStatement d = c.prepareStatement("DELETE FROM advisory_origin WHERE origin = ?");
        Statement s = c.createStatement()) {
      d.setString(1, origin);
      d.executeUpdate();
      s.execute(
          "DELETE FROM affected WHERE advisory_id NOT IN (SELECT advisory_id FROM advisory_origin)");
      s.execute("DELETE FROM advisory WHERE id NOT IN (SELECT advisory_id FROM advisory_origin)");
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  /** Adds or replaces the severity of a CVE (from CVE JSON 5 or NVD records). */
  public void putCve(CveSeverity s) throws InputException {
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT OR REPLACE INTO cve_severity(cve_id, vector, score, level, origin)"
                + " VALUES (?,?,?,?,?)")) {
      p.setString(1, s.cveId());
      p.setString(2, s.vector());
      if (s.score() == null) {
        p.setNull(3, java.sql.Types.REAL);
      } else {
        p.setDouble(3, s.score());
      }
      p.setString(4, s.level().name());
      p.setString(5, s.origin());
      p.executeUpdate();
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  /** The conditional-request state stored for an ecosystem's archive, if any. */
  public Optional<DbInfo.Source> source(Ecosystem e) throws InputException {
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT url, etag, last_modified, fetched_at, records FROM source WHERE ecosystem = ?")) {
      p.setString(1, e.name());
      try (ResultSet r = p.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new DbInfo.Source(
                e.osvName(), r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                r.getInt(5)));
      }
    } catch (SQLException ex) {
      throw failed(ex);
    }
  }

  /** Records what was fetched for an ecosystem's archive. */
  public void putSource(Ecosystem e, String url, String etag, String lastModified, int records)
      throws InputException {
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT OR REPLACE INTO source(ecosystem, url, etag, last_modified, fetched_at, records)"
                + " VALUES (?,?,?,?,?,?)")) {
      p.setString(1, e.name());
      p.setString(2, url);
      p.setString(3, etag);
      p.setString(4, lastModified);
      p.setString(5, clock.instant().toString());
      p.setInt(6, records);
      p.executeUpdate();
    } catch (SQLException ex) {
      throw failed(ex);
    }
  }

  /** Ecosystems that earlier updates fetched or earlier scans saw. */
  public Set<Ecosystem> knownEcosystems() throws InputException {
    Set<Ecosystem> out = new java.util.TreeSet<>();
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT ecosystem FROM source UNION SELECT ecosystem FROM seen_ecosystem")) {
      while (r.next()) {
        try {
          out.add(Ecosystem.valueOf(r.getString(1)));
        } catch (IllegalArgumentException retired) {
          // an ecosystem a later harden dropped: nothing to fetch for it
        }
      }
    } catch (SQLException e) {
      throw failed(e);
    }
    return out;
  }

  /** Makes the change live: writes, flushes and renames the copy over the database file. */
  public void commit() throws InputException {
    try {
      try (PreparedStatement p =
          c.prepareStatement("INSERT OR REPLACE INTO meta(key, value) VALUES ('last_update', ?)")) {
        p.setString(1, clock.instant().toString());
        p.executeUpdate();
      }
      c.commit();
      c.close();
      try (FileChannel ch = FileChannel.open(staged, StandardOpenOption.WRITE)) {
        ch.force(true);
      }
      Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      committed = true;
    } catch (SQLException | IOException e) {
      throw new InputException(target.toString(), "cannot write the database: " + e.getMessage());
    }
  }

  /** Discards the copy unless committed. */
  @Override
  public void close() {
    if (!committed) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // the copy is deleted below either way
      }
      deleteQuietly(staged);
    }
  }

  private InputException failed(SQLException e) {
    return new InputException(target.toString(), "database write failed: " + e.getMessage());
  }

  private static void deleteQuietly(Path p) {
    if (p != null) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException ignored) {
        // a leftover temp file beside the database is harmless and named as one
      }
    }
  }
}
