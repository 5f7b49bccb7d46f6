import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Random;
import java.util.stream.Stream;

/**
 * SQLite (sqlite-jdbc) against H2 (MVStore) on the vulnerability store's workload: bulk insert
 * of N advisories (a ~800-byte body each, as the real store keeps them deflated) with one
 * package-index row each, then 2,000 lookups by (ecosystem, name) returning bodies, then the
 * file size and the time to open an existing file. Run by bench/store-choice.sh.
 */
public class StoreChoiceBench {

  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args.length > 0 ? args[0] : "100000");
    for (String engine : new String[] {"sqlite", "h2"}) {
      Path dir = Files.createTempDirectory("store-choice-" + engine);
      String url =
          engine.equals("sqlite")
              ? "jdbc:sqlite:" + dir.resolve("bench.db")
              : "jdbc:h2:file:" + dir.resolve("bench") + ";DB_CLOSE_ON_EXIT=FALSE";
      Random random = new Random(42);
      byte[][] bodies = new byte[256][];
      for (int i = 0; i < bodies.length; i++) {
        bodies[i] = new byte[600 + random.nextInt(400)];
        random.nextBytes(bodies[i]); // deflated bodies are incompressible, like random bytes
      }
      long t0 = System.nanoTime();
      try (Connection c = DriverManager.getConnection(url)) {
        try (Statement s = c.createStatement()) {
          if (engine.equals("sqlite")) {
            s.execute("PRAGMA journal_mode=OFF");
            s.execute("PRAGMA synchronous=OFF");
          }
          s.execute("CREATE TABLE advisory(id VARCHAR(64) PRIMARY KEY, body VARBINARY(4096) NOT NULL)");
          s.execute("CREATE TABLE affected(advisory_id VARCHAR(64) NOT NULL, ecosystem VARCHAR(16) NOT NULL, name VARCHAR(200) NOT NULL)");
          s.execute("CREATE INDEX affected_by_package ON affected(ecosystem, name)");
        }
        c.setAutoCommit(false);
        try (PreparedStatement a = c.prepareStatement("INSERT INTO advisory(id, body) VALUES (?,?)");
            PreparedStatement p = c.prepareStatement("INSERT INTO affected(advisory_id, ecosystem, name) VALUES (?,?,?)")) {
          for (int i = 0; i < n; i++) {
            a.setString(1, "GHSA-" + i);
            a.setBytes(2, bodies[i % bodies.length]);
            a.executeUpdate();
            p.setString(1, "GHSA-" + i);
            p.setString(2, "npm");
            p.setString(3, "package-" + (i % (n / 4)));
            p.executeUpdate();
          }
        }
        c.commit();
      }
      long inserted = System.nanoTime();
      long t1 = System.nanoTime();
      int rows = 0;
      long opened;
      try (Connection c = DriverManager.getConnection(url)) {
        opened = System.nanoTime();
        try (PreparedStatement q = c.prepareStatement(
            "SELECT id, body FROM advisory WHERE id IN (SELECT advisory_id FROM affected WHERE ecosystem = ? AND name = ?)")) {
          for (int round = 0; round < 3; round++) {
            long s = System.nanoTime();
            for (int j = 0; j < 2000; j++) {
              q.setString(1, "npm");
              q.setString(2, "package-" + ((j * 7919) % (n / 4)));
              try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                  rows += r.getBytes(2).length > 0 ? 1 : 0;
                }
              }
            }
            if (round == 2) {
              System.out.printf("%-6s insert %d: %.1f s | open: %.0f ms | 2000 lookups (warm): %.0f ms | size: %.1f MiB%n",
                  engine, n, (inserted - t0) / 1e9, (opened - t1) / 1e6, (System.nanoTime() - s) / 1e6, size(dir) / 1048576.0);
            }
          }
        }
      }
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.toList()) {
          Files.delete(f);
        }
      }
      Files.delete(dir);
    }
  }

  private static long size(Path dir) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.mapToLong(f -> f.toFile().length()).sum();
    }
  }
}
