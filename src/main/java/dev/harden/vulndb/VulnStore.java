package dev.harden.vulndb;

import dev.harden.ecosystem.Ecosystem;
import dev.harden.io.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The vulnerability database, read-only: advisories by package, one advisory by id, and what
 * {@code harden db info} shows. Opening fails with an {@link InputException} that tells the user
 * to run {@code harden db update} or {@code import} when the file is missing, is not a harden
 * database, has another schema, or holds no advisories — so a scan never runs against nothing.
 */
public final class VulnStore implements AdvisorySource, AutoCloseable {

  private final Path file;
  private final Connection c;
  private final AdvisoryCodec codec = new AdvisoryCodec();
  private final SeverityResolver severities = new SeverityResolver();
  private final Map<String, List<Advisory>> cache = new HashMap<>();
  private PreparedStatement byPackage;
  private PreparedStatement cveById;

  private VulnStore(Path file, Connection c) {
    this.file = file;
    this.c = c;
  }

  /** Opens the database at {@code file} for reading. */
  public static VulnStore open(Path file) throws InputException {
    DbFiles.requireExists(file);
    Connection c = null;
    try {
      c = DbFiles.connect(file, true);
      DbFiles.requireUsable(file, c);
      VulnStore store = new VulnStore(file, c);
      if (store.count("SELECT COUNT(*) FROM advisory") == 0) {
        throw new InputException(file.toString(), "vulnerability database is empty; " + DbFiles.FIX);
      }
      return store;
    } catch (SQLException e) {
      closeQuietly(c);
      throw new InputException(file.toString(), "cannot open the vulnerability database: "
          + e.getMessage() + "; " + DbFiles.FIX);
    } catch (InputException e) {
      closeQuietly(c);
      throw e;
    }
  }

  @Override
  public synchronized List<Advisory> advisories(Ecosystem ecosystem, String name)
      throws InputException {
    String normalised = ecosystem.normaliseName(name);
    String key = ecosystem.name() + "\0" + normalised;
    List<Advisory> cached = cache.get(key);
    if (cached != null) {
      return cached;
    }
    List<Advisory> out = new ArrayList<>();
    try {
      if (byPackage == null) {
        byPackage =
            c.prepareStatement(
                "SELECT " + COLUMNS + " FROM advisory WHERE id IN (SELECT advisory_id FROM affected"
                    + " WHERE ecosystem = ? AND name = ?) ORDER BY id");
      }
      byPackage.setString(1, ecosystem.name());
      byPackage.setString(2, normalised);
      try (ResultSet r = byPackage.executeQuery()) {
        while (r.next()) {
          out.add(read(r));
        }
      }
    } catch (SQLException e) {
      throw failed(e);
    }
    List<Advisory> result = List.copyOf(out);
    cache.put(key, result);
    return result;
  }

  /** One advisory by id, withdrawn or not. */
  public synchronized Optional<Advisory> advisory(String id) throws InputException {
    try (PreparedStatement p =
        c.prepareStatement("SELECT " + COLUMNS + " FROM advisory WHERE id = ?")) {
      p.setString(1, id);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? Optional.of(read(r)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  /** Ecosystems with at least one advisory: a scan of others finds nothing by construction. */
  public synchronized Set<Ecosystem> ecosystems() throws InputException {
    Set<Ecosystem> out = EnumSet.noneOf(Ecosystem.class);
    for (String name : perEcosystem().keySet()) {
      Ecosystem.fromOsv(name).ifPresent(out::add);
    }
    return out;
  }

  /** Counts, sources and sizes for {@code harden db info}. */
  public synchronized DbInfo info() throws InputException {
    try {
      List<DbInfo.Source> sources = new ArrayList<>();
      try (Statement s = c.createStatement();
          ResultSet r =
              s.executeQuery(
                  "SELECT ecosystem, url, etag, last_modified, fetched_at, records FROM source"
                      + " ORDER BY ecosystem")) {
        while (r.next()) {
          sources.add(
              new DbInfo.Source(
                  osvName(r.getString(1)), r.getString(2), r.getString(3), r.getString(4),
                  r.getString(5), r.getInt(6)));
        }
      }
      return new DbInfo(
          file.toString(),
          Files.size(file),
          Integer.parseInt(DbFiles.meta(c, "schema_version")),
          DbFiles.meta(c, "last_update"),
          count("SELECT COUNT(*) FROM advisory"),
          count("SELECT COUNT(*) FROM advisory WHERE withdrawn = 1"),
          perEcosystem(),
          count("SELECT COUNT(*) FROM cve_severity"),
          sources);
    } catch (SQLException e) {
      throw failed(e);
    } catch (IOException e) {
      throw new InputException(file.toString(), "cannot read: " + e.getMessage());
    }
  }

  /**
   * Remembers ecosystems a scan met, so that a later {@code harden db update} without
   * {@code --ecosystem} fetches them. Writes in place (one small transaction).
   */
  public static void recordSeenEcosystems(Path file, Collection<Ecosystem> seen)
      throws InputException {
    DbFiles.requireExists(file);
    try (Connection w = DbFiles.connect(file, false)) {
      DbFiles.requireUsable(file, w);
      try (PreparedStatement p =
          w.prepareStatement("INSERT OR IGNORE INTO seen_ecosystem(ecosystem) VALUES (?)")) {
        for (Ecosystem e : seen) {
          p.setString(1, e.name());
          p.executeUpdate();
        }
      }
    } catch (SQLException e) {
      throw new InputException(file.toString(), "cannot record ecosystems: " + e.getMessage());
    }
  }

  private SortedMap<String, Integer> perEcosystem() throws InputException {
    SortedMap<String, Integer> out = new TreeMap<>();
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT ecosystem, COUNT(DISTINCT advisory_id) FROM affected GROUP BY ecosystem")) {
      while (r.next()) {
        out.put(osvName(r.getString(1)), r.getInt(2));
      }
    } catch (SQLException e) {
      throw failed(e);
    }
    return out;
  }

  private static final String COLUMNS =
      "id, severity_level, severity_score, severity_vector, severity_source, body";

  private Advisory read(ResultSet r) throws SQLException, InputException {
    double value = r.getDouble(3);
    Double score = r.wasNull() ? null : value;
    Severity severity =
        new Severity(SeverityLevel.valueOf(r.getString(2)), score, r.getString(4), r.getString(5));
    return enrich(codec.decode(r.getString(1), r.getBytes(6), severity));
  }

  /** Fills in score and vector from CVE records when the advisory's own record has none. */
  private Advisory enrich(Advisory a) throws SQLException, InputException {
    if (a.severity().scored() || a.cveIds().isEmpty()) {
      return a;
    }
    if (cveById == null) {
      cveById =
          c.prepareStatement(
              "SELECT vector, score, level, origin FROM cve_severity WHERE cve_id = ?");
    }
    List<CveSeverity> cves = new ArrayList<>();
    for (String id : a.cveIds()) {
      cveById.setString(1, id);
      try (ResultSet r = cveById.executeQuery()) {
        if (r.next()) {
          double score = r.getDouble(2);
          cves.add(
              new CveSeverity(
                  id, r.getString(1), r.wasNull() ? null : score,
                  SeverityLevel.valueOf(r.getString(3)), r.getString(4)));
        }
      }
    }
    return cves.isEmpty()
        ? a
        : a.withSeverity(severities.resolve(a.scores(), a.databaseSeverity(), cves));
  }

  private int count(String sql) throws InputException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      return r.next() ? r.getInt(1) : 0;
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  private static String osvName(String enumName) {
    try {
      return Ecosystem.valueOf(enumName).osvName();
    } catch (IllegalArgumentException e) {
      return enumName;
    }
  }

  private InputException failed(SQLException e) {
    return new InputException(
        file.toString(), "vulnerability database read failed: " + e.getMessage() + "; " + DbFiles.FIX);
  }

  private static void closeQuietly(Connection c) {
    if (c != null) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // nothing more to do with a connection that failed to open properly
      }
    }
  }

  @Override
  public synchronized void close() {
    closeQuietly(c);
  }
}
