import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.harden.ecosystem.Ecosystem;
import dev.harden.match.AdvisoryMatcher;
import dev.harden.match.Match;
import dev.harden.match.PackageQuery;
import dev.harden.vulndb.DbWriter;
import dev.harden.vulndb.RecordImporter;
import dev.harden.vulndb.VulnStore;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Import and match figures for docs/vulndb.md (run by bench/vulndb.sh). Generates N OSV records
 * from the shapes of the real ones in ../shared/advisories/osv (each real record is a template:
 * new id, package name suffixed so names fan out like a real ecosystem), writes them as an
 * osv.dev-style all.zip, imports it through the real import path, then matches 2,000 packages.
 */
public class VulnDbBench {
  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args.length > 0 ? args[0] : "100000");
    int names = n / 4;
    Path work = Files.createTempDirectory("harden-bench");
    ObjectMapper json = new ObjectMapper();
    List<ObjectNode> templates = new ArrayList<>();
    try (Stream<Path> s = Files.walk(Path.of("../shared/advisories/osv"))) {
      for (Path p : s.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        JsonNode t = json.readTree(p.toFile());
        if (!t.has("withdrawn")) {
          templates.add((ObjectNode) t);
        }
      }
    }
    Path zip = work.resolve("all.zip");
    long t0 = System.nanoTime();
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
      for (int i = 0; i < n; i++) {
        ObjectNode r = templates.get(i % templates.size()).deepCopy();
        String id = r.get("id").asText() + "-B" + i;
        r.put("id", id);
        for (JsonNode a : r.path("affected")) {
          ObjectNode pkg = (ObjectNode) a.get("package");
          pkg.put("name", pkg.get("name").asText() + "-b" + (i % names));
        }
        z.putNextEntry(new ZipEntry(id + ".json"));
        z.write(json.writeValueAsBytes(r));
        z.closeEntry();
      }
    }
    long generated = System.nanoTime();
    Path db = work.resolve("harden.db");
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpu0 = cpu.getCurrentThreadCpuTime();
    RecordImporter.Result result;
    try (DbWriter w = DbWriter.stage(db, Clock.systemUTC())) {
      result = new RecordImporter(w, "import").importZip(zip);
      w.commit();
    }
    long imported = System.nanoTime();
    long importCpu = cpu.getCurrentThreadCpuTime() - cpu0;
    long size = Files.size(db);
    System.out.printf("records            %d (from %d real templates), zip %.1f MiB, generated in %.1f s%n",
        result.advisories(), templates.size(), Files.size(zip) / 1048576.0, (generated - t0) / 1e9);
    System.out.printf("import             %.1f s wall, %.1f s CPU (%.0f records/s wall; load average %.1f on %d cores)%n",
        (imported - generated) / 1e9, importCpu / 1e9, result.advisories() / ((imported - generated) / 1e9),
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors());
    System.out.printf("db size            %.1f MiB, %.0f bytes/record%n", size / 1048576.0, (double) size / result.advisories());

    List<PackageQuery> queries = new ArrayList<>();
    for (int j = 0; j < 2000; j++) {
      ObjectNode t = templates.get(j % templates.size());
      JsonNode pkg = t.path("affected").path(0).path("package");
      Ecosystem eco = Ecosystem.fromOsv(pkg.path("ecosystem").asText()).orElse(null);
      if (eco == null) {
        eco = Ecosystem.NPM;
      }
      String name = pkg.path("name").asText() + "-b" + ((j * 7919) % names);
      String version = j % 3 == 0 ? "0.0.1" : "1.0.0";
      queries.add(eco.isOperatingSystem()
          ? PackageQuery.os(eco, Ecosystem.releaseOf(pkg.path("ecosystem").asText()).orElse(null), name + "-bin", "1.0-1", name, null)
          : PackageQuery.of(eco, name, version));
    }
    for (int round = 1; round <= 5; round++) {
      try (VulnStore store = VulnStore.open(db)) {
        AdvisoryMatcher m = new AdvisoryMatcher(store);
        long s = System.nanoTime();
        long c0 = cpu.getCurrentThreadCpuTime();
        int matches = 0;
        for (PackageQuery q : queries) {
          List<Match> ms = m.match(q);
          matches += ms.size();
        }
        long e = System.nanoTime();
        System.out.printf("match round %d      2000 packages in %.0f ms wall, %.0f ms CPU (%d matches; fresh store, JVM %s)%n",
            round, (e - s) / 1e6, (cpu.getCurrentThreadCpuTime() - c0) / 1e6, matches, round == 1 ? "cold" : "warm");
      }
    }
    try (Stream<Path> s = Files.list(work)) {
      for (Path p : s.toList()) {
        Files.delete(p);
      }
    }
    Files.delete(work);
  }
}
