package dev.harden.cli;

import static dev.harden.cli.InProcessHarden.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.harden.cli.HardenLauncher.Result;
import dev.harden.vulndb.TestDb;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code harden ci} and the gated {@code harden scan} end to end: exit codes, input errors before
 * any work, and the fixtures' designed truths.
 */
class CiCommandTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String NODE_APP = "../shared/images/node-app.docker.tar";
  static final String NODE_DOCKERFILE = "../shared/images/dockerfiles/node-app.Dockerfile";

  @TempDir static Path shared;
  static Path db;

  @TempDir Path dir;

  @BeforeAll
  static void database() throws Exception {
    db = TestDb.shared(shared);
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  /** Exit 2, one line naming the file and line, nothing on stdout, no trace. */
  private static void assertInputError(Result r, Path file, int line, String says) {
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("harden: " + file + (line > 0 ? ":" + line : "") + ": ")
        .contains(says);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void badPolicyStopsTheGateWithItsLine() throws IOException {
    Path policy = write("harden-policy.yaml", "rules:\n  - name: a\n    verdict: block\n"
        + "    match: {severity: [critical, severe]}\n");
    assertInputError(run("ci", "--policy", policy.toString(), "--dockerfile", NODE_DOCKERFILE),
        policy, 4, "unknown value 'severe'");
    Path typo = write("typo.yaml", "rules:\n  - name: a\n    verdit: block\n");
    assertInputError(run("scan", "--db", db.toString(), "--policy", typo.toString(), NODE_APP),
        typo, 3, "unknown key 'verdit'");
    Path yaml = write("broken.yaml", "rules:\n  - name: a\n\tverdict: block\n");
    assertInputError(run("ci", "--policy", yaml.toString(), "--dockerfile", NODE_DOCKERFILE),
        yaml, 3, "invalid YAML");
  }

  @Test
  void badAllowlistStopsTheGateWithItsLine() throws IOException {
    Path allow = write("allow.yaml", "- id: CVE-2021-44906\n  reason: r\n  expires: 31/12/2026\n");
    assertInputError(run("ci", "--allow", allow.toString(), "--dockerfile", NODE_DOCKERFILE),
        allow, 3, "must be a date written YYYY-MM-DD");
    Path types = write("types.yaml", "- id: CVE-1\n  ticket: [SEC-1, SEC-2]\n");
    assertInputError(run("ci", "--allow", types.toString(), "--dockerfile", NODE_DOCKERFILE),
        types, 2, "ticket must be a single value");
    Path missing = dir.resolve("missing.yaml");
    assertInputError(run("ci", "--allow", missing.toString(), "--dockerfile", NODE_DOCKERFILE),
        missing, 0, "allowlist file not found");
  }

  @Test
  void badVexAndMissingInputsAreInputErrors() throws IOException {
    Path vex = write("vex.json", "{\"@context\": \"https://openvex.dev/ns\",\n \"statements\": [\n");
    assertInputError(run("ci", "--vex", vex.toString(), "--dockerfile", NODE_DOCKERFILE),
        vex, 3, "not valid JSON");
    Path nothing = dir.resolve("Dockerfile");
    assertInputError(run("ci", "--dockerfile", nothing.toString()), nothing, 0,
        "no such file");
    Result none = run("ci");
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).contains("nothing to gate");
    Result noDb = run("ci", "--db", dir.resolve("none.db").toString(), "--image", NODE_APP);
    assertThat(noDb.code()).isEqualTo(2);
    assertThat(noDb.err()).contains("no vulnerability database");
    Result format = run("ci", "--format", "pdf", "--dockerfile", NODE_DOCKERFILE);
    assertThat(format.code()).isEqualTo(2);
    assertThat(format.err()).contains("text, json, sarif, junit, markdown, html, cyclonedx, openvex");
  }

  @Test
  void dockerfileAndManifestsWithoutAnImageNeedNoDatabase() throws Exception {
    Result r = run("ci", "--db", dir.resolve("none.db").toString(), "--format", "json",
        "--dockerfile", "examples/node-app/Dockerfile", "--manifests", "examples/node-app");
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    JsonNode root = JSON.readTree(r.out());
    assertThat(root.get("verdict").asText()).isEqualTo("block");
    assertThat(root.get("image").isNull()).isTrue();
    assertThat(root.get("vulnerabilities")).isEmpty();
    assertThat(root.get("findings").findValuesAsText("rule")).contains("HD001", "HD005",
        "K8S001");
    for (JsonNode f : root.get("findings")) {
      assertThat(f.get("decidedBy").asText()).isNotEmpty();
    }
  }

  /** The README's main command, as written there, on the example in the repository. */
  @Test
  void readmeMainCommand() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    int start = readme.indexOf("./harden ci ");
    String command = readme.substring(start, readme.indexOf("\n\n", start))
        .replace("\\\n", " ").lines().findFirst().orElseThrow();
    String[] words = command.substring("./harden ".length()).trim().split("\\s+");
    Result text = run(words);
    assertThat(text.code()).as(text.err()).isEqualTo(1);
    assertThat(text.out()).contains("result: BLOCK").contains("suppressed by allowlist");
    String[] json = java.util.stream.Stream.concat(java.util.Arrays.stream(words),
        java.util.stream.Stream.of("--format", "json")).toArray(String[]::new);
    JsonNode root = JSON.readTree(run(json).out());
    assertThat(root.get("findings").findValuesAsText("rule")).contains("HD001", "HD005");
    assertThat(root.get("allowlist").get("stale")).isEmpty();
  }

  @Test
  void anAllowlistThatWaivesEveryBlockerPasses() throws Exception {
    Path allow = write(".harden-allow.yaml", """
        entries:
          - {id: HD001, reason: pinned by the release job, ticket: OPS-1, expires: 2099-01-01}
          - {id: DL3002, reason: the image drops root in its entrypoint, expires: 2099-01-01}
          - {id: CVE-2000-0001, reason: stale on purpose, expires: 2099-01-01}
        """);
    Result r = run("ci", "--allow", allow.toString(), "--format", "json",
        "--dockerfile", NODE_DOCKERFILE);
    assertThat(r.code()).as(r.out()).isEqualTo(0);
    JsonNode root = JSON.readTree(r.out());
    assertThat(root.get("verdict").asText()).isEqualTo("pass");
    assertThat(root.get("allowlist").get("stale").get(0).get("id").asText())
        .isEqualTo("CVE-2000-0001");
    assertThat(root.get("allowlist").get("warnings")).isEmpty();
    assertThat(root.get("summary").get("suppressed").asInt()).isEqualTo(2);
  }

  @Test
  void scanAppliesThePolicyAndWritesAtomically() throws Exception {
    Path out = dir.resolve("scan.sarif");
    Result r = run("scan", "--db", db.toString(), "--format", "sarif", "--output",
        out.toString(), NODE_APP);
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    JsonNode sarif = JSON.readTree(out.toFile());
    assertThat(dev.harden.report.sarif.SarifSchema.violations(sarif)).isEmpty();
    assertThat(sarif.toString()).contains("\"verdict\":\"block\"");
  }
}
