package dev.harden.cli;

import static dev.harden.cli.InProcessHarden.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.harden.cli.HardenLauncher.Result;
import dev.harden.vulndb.TestDb;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code harden scan}'s reachability options end to end on node-app. */
class ScanReachabilityCommandTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String NODE_APP = "../shared/images/node-app.docker.tar";
  static final String DEBIAN_SLIM = "../shared/images/debian-slim.docker.tar";

  @TempDir static Path shared;
  static Path db;

  @BeforeAll
  static void database() throws Exception {
    db = TestDb.shared(shared);
  }

  static JsonNode pkg(JsonNode root, String name) {
    for (JsonNode p : root.get("packages")) {
      if (p.get("name").asText().equals(name)) {
        return p;
      }
    }
    throw new AssertionError(name + " not in packages");
  }

  @Test
  void baseFlagWinsOverTheAnnotationsWhenItsLayersArePrefix() throws Exception {
    // node-app was built on node-runtime, itself on debian-slim: with --base debian-slim only the
    // Debian layer is the base, and the nodejs layer becomes the application's
    Result r = run("scan", "--db", db.toString(), "--format", "json", "--base", DEBIAN_SLIM,
        NODE_APP);
    assertThat(r.code()).as(r.err()).isBetween(0, 1);
    JsonNode root = JSON.readTree(r.out());
    JsonNode base = root.get("reachability").get("base");
    assertThat(base.get("basis").asText()).isEqualTo("flag");
    assertThat(base.get("layers").asInt()).isEqualTo(1);
    assertThat(base.get("name").asText()).isEqualTo(DEBIAN_SLIM);
    JsonNode nodejs = pkg(root, "nodejs");
    assertThat(nodejs.get("origin").asText()).isEqualTo("app");
    assertThat(nodejs.get("runtime").asBoolean()).isTrue();
    assertThat(pkg(root, "libc6").get("origin").asText()).isEqualTo("base");
  }

  @Test
  void aBaseThatIsNoPrefixIsSkippedWithANote() throws Exception {
    Result r = run("scan", "--db", db.toString(), "--format", "json", "--base",
        "../shared/images/static-bin.docker.tar", NODE_APP);
    assertThat(r.code()).as(r.err()).isBetween(0, 1);
    JsonNode base = JSON.readTree(r.out()).get("reachability").get("base");
    assertThat(base.get("basis").asText()).isEqualTo("annotation");
    assertThat(base.get("notes").get(0).asText()).contains("static-bin.docker.tar");
  }

  @Test
  void noReachabilityLeavesOriginAndReachabilityUnknown() throws Exception {
    Result r = run("scan", "--db", db.toString(), "--format", "json", "--no-reachability",
        NODE_APP);
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    JsonNode root = JSON.readTree(r.out());
    assertThat(root.get("reachability").isNull()).isTrue();
    assertThat(pkg(root, "express").has("origin")).isFalse();
    for (JsonNode v : root.get("vulnerabilities")) {
      assertThat(v.get("reachability").get("status").asText()).isEqualTo("unknown");
    }
  }

  @Test
  void anUnreadableBaseIsExitTwoWithOneLine() {
    Result r = run("scan", "--db", db.toString(), "--base", "/nonexistent/base.tar", NODE_APP);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("harden: ").contains("/nonexistent/base.tar");
    assertThat(r.err().strip().lines()).hasSize(1);
  }

  @Test
  void openVexIsAFormatOfScanAndCi() throws Exception {
    Result r = run("scan", "--db", db.toString(), "--format", "openvex", NODE_APP);
    assertThat(r.code()).as(r.err()).isBetween(0, 1);
    JsonNode vex = JSON.readTree(r.out());
    assertThat(vex.get("statements").size()).isPositive();
    Result ci = run("ci", "--db", db.toString(), "--format", "openvex", "--image", NODE_APP);
    assertThat(ci.code()).as(ci.err()).isBetween(0, 1);
    assertThat(JSON.readTree(ci.out()).get("statements")).isEqualTo(vex.get("statements"));
  }
}
