package dev.harden.cli;

import static dev.harden.cli.InProcessHarden.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.harden.cli.HardenLauncher.Result;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DbCommandTest {

  private static final Path ADVISORIES = Path.of("../shared/advisories");

  @TempDir Path dir;

  @Test
  void importThenInfo() throws Exception {
    String db = dir.resolve("harden.db").toString();
    Result imported = run("db", "import", "--db", db, ADVISORIES.resolve("osv").toString(),
        ADVISORIES.resolve("cve").toString());
    assertThat(imported.code()).as(imported.err()).isZero();
    assertThat(imported.out()).contains("imported 44 advisories and 15 CVE severities");

    Result text = run("db", "info", "--db", db);
    assertThat(text.code()).isZero();
    assertThat(text.out()).contains("schema       1").contains("advisories   44 (1 withdrawn)")
        .containsPattern("npm +15");

    Result json = run("db", "info", "--db", db, "--format", "json");
    JsonNode n = new ObjectMapper().readTree(json.out());
    assertThat(n.path("advisories").asInt()).isEqualTo(44);
    assertThat(n.path("ecosystems").path("Maven").asInt()).isEqualTo(9);
    assertThat(n.path("dbSchema").asInt()).isEqualTo(1);
    assertThat(n.path("sizeBytes").asLong()).isEqualTo(Files.size(Path.of(db)));
  }

  @Test
  void aMissingDatabaseIsExitTwoWithTheFix() {
    Result r = run("db", "info", "--db", dir.resolve("none.db").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("none.db: no vulnerability database here")
        .contains("harden db update").doesNotContain("Exception");
  }

  @Test
  void badInputIsExitTwoAndKeepsTheOldDatabase() throws Exception {
    String db = dir.resolve("harden.db").toString();
    assertThat(run("db", "import", "--db", db, ADVISORIES.resolve("osv/npm").toString()).code()).isZero();
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"id\": \"X\", \"affected\": [}");
    Result r = run("db", "import", "--db", db, bad.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("bad.json:1: not valid JSON");
    assertThat(run("db", "info", "--db", db).out()).contains("advisories   15");
    assertThat(run("db", "info", "--db", db, "--format", "sarif").code()).isEqualTo(2);
    assertThat(run("db", "update", "--db", db, "--ecosystem", "Haskell").err())
        .contains("unknown ecosystem 'Haskell'");
  }

  @Test
  void updateFromALoopbackMirror() throws Exception {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(zip)) {
      z.putNextEntry(new ZipEntry("GO-2021-0053.json"));
      z.write(Files.readAllBytes(ADVISORIES.resolve("osv/Go/GO-2021-0053.json")));
      z.closeEntry();
    }
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/mirror/Go/all.zip", x -> {
      x.getResponseHeaders().add("ETag", "\"go\"");
      if ("\"go\"".equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
        x.sendResponseHeaders(304, -1);
        x.close();
        return;
      }
      x.sendResponseHeaders(200, zip.size());
      try (OutputStream out = x.getResponseBody()) {
        out.write(zip.toByteArray());
      }
    });
    server.start();
    try {
      String source = "http://127.0.0.1:" + server.getAddress().getPort() + "/mirror";
      String db = dir.resolve("harden.db").toString();
      Result first = run("db", "update", "--db", db, "--source", source, "--ecosystem", "go");
      assertThat(first.code()).as(first.err()).isZero();
      assertThat(first.out()).containsPattern("Go +downloaded +1 records");
      Result second = run("db", "update", "--db", db, "--source", source, "--format", "json");
      JsonNode n = new ObjectMapper().readTree(second.out());
      assertThat(n.path("ecosystems").get(0).path("status").asText()).isEqualTo("unchanged");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void databaseLocationFollowsFlagThenEnvironmentThenXdg() {
    Path flag = Path.of("/tmp/x.db");
    assertThat(DbLocation.resolve(flag, Map.of("HARDEN_DB", "/y.db"), "/home/u")).isEqualTo(flag);
    assertThat(DbLocation.resolve(null, Map.of("HARDEN_DB", "/y.db"), "/home/u")).isEqualTo(Path.of("/y.db"));
    assertThat(DbLocation.resolve(null, Map.of("XDG_CACHE_HOME", "/c"), "/home/u"))
        .isEqualTo(Path.of("/c/harden/harden.db"));
    // a relative XDG_CACHE_HOME is invalid per the XDG spec and ignored
    assertThat(DbLocation.resolve(null, Map.of("XDG_CACHE_HOME", "rel"), "/home/u"))
        .isEqualTo(Path.of("/home/u/.cache/harden/harden.db"));
    assertThat(DbLocation.resolve(null, Map.of(), "/home/u")).isEqualTo(Path.of("/home/u/.cache/harden/harden.db"));
  }
}
