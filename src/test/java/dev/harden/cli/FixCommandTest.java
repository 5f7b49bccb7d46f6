package dev.harden.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.harden.cli.HardenLauncher.Result;
import dev.harden.report.sarif.SarifSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code harden fix} end to end through {@link HardenCommand#run} on a real corpus Dockerfile
 * (kubesec: three stages, Alpine final stage, a named user) with its digests in a harden.lock
 * beside it, so no test here needs the network: the diff by default, --write, --only, the three
 * formats, an unresolved pin (exit 1, the rest still fixed), bad input (exit 2, nothing written).
 */
class FixCommandTest {

  static final Path KUBESEC =
      Path.of("../shared/corpus/real-dockerfiles/controlplaneio_kubesec__Dockerfile.Dockerfile");
  static final String ALPINE = "sha256:" + "a1".repeat(32);
  static final String GOLANG = "sha256:" + "b2".repeat(32);
  static final String LOCK = "version: 1\nimages:\n"
      + "  \"docker.io/library/alpine:3.23\": \"" + ALPINE + "\"\n"
      + "  \"docker.io/library/golang:1.26\": \"" + GOLANG + "\"\n";

  @TempDir Path dir;
  Path dockerfile;
  String original;

  @BeforeEach
  void copyCorpusFile() throws Exception {
    original = Files.readString(KUBESEC);
    dockerfile = Files.writeString(dir.resolve("Dockerfile"), original);
    Files.writeString(dir.resolve("harden.lock"), LOCK);
  }

  @Test
  void printsTheDiffAndLeavesTheFileAlone() throws Exception {
    Result r = InProcessHarden.run("fix", dockerfile.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("--- a/" + dockerfile + "\n+++ b/" + dockerfile + "\n")
        .contains("-FROM alpine:3.23 AS downloader\n+FROM alpine:3.23@" + ALPINE
            + " AS downloader\n")
        .contains("+FROM golang:1.26@" + GOLANG + " AS builder\n")
        .contains("#   fixed HD001 line 1 (safe): pin alpine:3.23 to " + ALPINE)
        .contains("#   suggested HD006 line 30 (use --unsafe): ")
        .contains("#   not fixed HD007 line ")
        .endsWith("# 3 fixes applied, 1 suggested, 1 not fixed\n");
    assertThat(Files.readString(dockerfile)).isEqualTo(original);
  }

  @Test
  void writeReplacesTheFileOnceAndASecondRunChangesNothing() throws Exception {
    Result first = InProcessHarden.run("fix", "--write", "--unsafe", dockerfile.toString());
    assertThat(first.code()).as(first.err()).isZero();
    String fixed = Files.readString(dockerfile);
    assertThat(fixed).contains("FROM alpine:3.23@" + ALPINE + "\n")
        .contains("RUN apk --purge del apk-tools\n");
    assertThat(first.out()).doesNotContain("+++ ").contains(dockerfile + " (written)");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("Dockerfile", "harden.lock");
    }
    Result again = InProcessHarden.run("fix", "--unsafe", dockerfile.toString());
    assertThat(again.code()).isZero();
    assertThat(again.out()).doesNotContain("+++ ").contains("# 0 fixes applied");
    // untouched lines are kept byte for byte: every line of the original is still there but the
    // three FROM lines
    List<String> missing = new ArrayList<>(original.lines().toList());
    missing.removeAll(fixed.lines().toList());
    assertThat(missing).allMatch(l -> l.startsWith("FROM "));
  }

  @Test
  void onlyFixesTheNamedRules() throws Exception {
    Result r = InProcessHarden.run("fix", "--unsafe", "--only", "HD006", "--format", "json",
        dockerfile.toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode doc = new ObjectMapper().readTree(r.out());
    JsonNode file = doc.get("files").get(0);
    assertThat(file.get("applied")).singleElement()
        .satisfies(a -> assertThat(a.get("rule").asText()).isEqualTo("HD006"));
    assertThat(file.get("diff").asText()).contains("+RUN apk --purge del apk-tools")
        .doesNotContain("sha256:");
  }

  @Test
  void jsonListsAppliedSuggestedAndNotFixable() throws Exception {
    Result r = InProcessHarden.run("fix", "--format", "json", dockerfile.toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertThat(doc.get("schemaVersion").asText()).isEqualTo("1.0");
    assertThat(doc.get("written").asBoolean()).isFalse();
    assertThat(doc.get("blocked").asBoolean()).isFalse();
    JsonNode file = doc.get("files").get(0);
    assertThat(file.get("file").asText()).isEqualTo(dockerfile.toString());
    assertThat(file.get("kind").asText()).isEqualTo("dockerfile");
    assertThat(file.get("changed").asBoolean()).isTrue();
    assertThat(file.get("applied")).hasSize(3).allSatisfy(a -> {
      assertThat(a.get("rule").asText()).isEqualTo("HD001");
      assertThat(a.get("safety").asText()).isEqualTo("safe");
      assertThat(a.get("hardening").asInt()).isEqualTo(1);
      assertThat(a.get("reason").asText()).isNotBlank();
    });
    assertThat(file.get("notApplied")).singleElement().satisfies(n -> {
      assertThat(n.get("rule").asText()).isEqualTo("HD006");
      assertThat(n.get("safety").asText()).isEqualTo("suggested");
      assertThat(n.get("line").asInt()).isEqualTo(30);
    });
    assertThat(file.get("problems")).singleElement().satisfies(p -> {
      assertThat(p.get("rule").asText()).isEqualTo("HD007");
      assertThat(p.get("blocking").asBoolean()).isFalse();
      assertThat(p.get("reason").asText()).contains("USER 10001");
    });
  }

  @Test
  void sarifIsValidAndItsFixTurnsTheFileIntoTheFixedOne() throws Exception {
    Result r = InProcessHarden.run("fix", "--unsafe", "--format", "sarif",
        dockerfile.toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertThat(SarifSchema.violations(doc)).isEmpty();
    JsonNode results = doc.get("runs").get(0).get("results");
    List<JsonNode> withFixes = new ArrayList<>();
    results.forEach(x -> {
      if (x.has("fixes")) {
        withFixes.add(x);
      }
    });
    assertThat(withFixes).singleElement().satisfies(x ->
        assertThat(x.get("properties").get("fixStatus").asText()).isEqualTo("applied"));
    long applied = java.util.stream.StreamSupport.stream(results.spliterator(), false)
        .filter(x -> x.get("properties").get("fixStatus").asText().equals("applied")).count();
    assertThat(withFixes.get(0).get("fixes").get(0).get("description").get("text").asText())
        .isEqualTo("the " + applied + " fixes harden applied to " + dockerfile);
    JsonNode change = withFixes.get(0).get("fixes").get(0).get("artifactChanges").get(0);
    assertThat(change.get("artifactLocation").get("uri").asText())
        .isEqualTo(dockerfile.toString());
    // apply the replacements to the file as read, last first, as a SARIF consumer would
    StringBuilder text = new StringBuilder(original);
    List<JsonNode> replacements = new ArrayList<>();
    change.get("replacements").forEach(replacements::add);
    for (int i = replacements.size() - 1; i >= 0; i--) {
      JsonNode region = replacements.get(i).get("deletedRegion");
      int at = region.get("charOffset").asInt();
      JsonNode inserted = replacements.get(i).get("insertedContent");
      text.replace(at, at + region.get("charLength").asInt(),
          inserted == null ? "" : inserted.get("text").asText());
    }
    InProcessHarden.run("fix", "--unsafe", "--write", dockerfile.toString());
    assertThat(text.toString()).isEqualTo(Files.readString(dockerfile));
    assertThat(results).anySatisfy(x -> {
      assertThat(x.get("ruleId").asText()).isEqualTo("HD007");
      assertThat(x.get("properties").get("fixStatus").asText()).isEqualTo("not-fixable");
    });
  }

  @Test
  void unresolvedPinExitsOneAndTheOtherFixesAreStillWritten() throws Exception {
    // the lock knows alpine but not golang, and no registry answers on port 1
    Files.writeString(dir.resolve("harden.lock"), LOCK.replace(
        "  \"docker.io/library/golang:1.26\": \"" + GOLANG + "\"\n", ""));
    Path df = Files.writeString(dir.resolve("Dockerfile"),
        "FROM alpine:3.23\nRUN apk add curl\nFROM 127.0.0.1:1/app:v1\nADD app /app\n"
            + "USER 65532\n");
    Result r = InProcessHarden.run("fix", "--write", df.toString());
    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
    assertThat(r.out()).contains("unresolved").contains("127.0.0.1:1");
    assertThat(Files.readString(df)).isEqualTo("FROM alpine:3.23@" + ALPINE
        + "\nRUN apk add --no-cache curl\nFROM 127.0.0.1:1/app:v1\nCOPY app /app\nUSER 65532\n");
  }

  /** A registry that accepts the connection and never answers: the pin fails after the timeout. */
  @Test
  void registryTimeoutBoundsTheWaitForASilentRegistry() throws Exception {
    try (java.net.ServerSocket silent = new java.net.ServerSocket(0, 50,
        java.net.InetAddress.getLoopbackAddress())) {
      Thread accepting = new Thread(() -> {
        List<java.net.Socket> held = new java.util.ArrayList<>();
        try {
          while (true) {
            held.add(silent.accept());
          }
        } catch (java.io.IOException closed) {
          // the test is over
        }
      });
      accepting.setDaemon(true);
      accepting.start();
      Files.delete(dir.resolve("harden.lock"));
      Path df = Files.writeString(dir.resolve("Dockerfile"),
          "FROM 127.0.0.1:" + silent.getLocalPort() + "/app:v1\nUSER 65532\n");
      Result r = InProcessHarden.run("fix", "--registry-timeout", "1", "--format", "json",
          df.toString());
      assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
      // the timeout given, not the default thirty seconds
      assertThat(r.out()).contains("no answer within 1 s");
    }
    Result zero = InProcessHarden.run("fix", "--registry-timeout", "0", dockerfile.toString());
    assertThat(zero.code()).isEqualTo(2);
    assertThat(zero.err()).contains("invalid --registry-timeout 0: must be positive");
  }

  @Test
  void badInputExitsTwoAndWritesNothing() throws Exception {
    Files.writeString(dir.resolve("harden.lock"), "version: 2\nimages: {}\n");
    Result lock = InProcessHarden.run("fix", "--write", dockerfile.toString());
    assertThat(lock.code()).isEqualTo(2);
    assertThat(lock.out()).isEmpty();
    assertThat(lock.err()).contains("harden.lock:1: unsupported lock file version")
        .doesNotContain("Exception");
    assertThat(Files.readString(dockerfile)).isEqualTo(original);

    Result missing = InProcessHarden.run("fix", dir.resolve("nope").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("nope");

    Result format = InProcessHarden.run("fix", "--format", "junit", dockerfile.toString());
    assertThat(format.code()).isEqualTo(2);
    assertThat(format.err()).contains("unknown format 'junit' for fix (text, json, sarif)");
  }

  @Test
  void plainHttpToARegistryOffLoopbackOnlyWithInsecureRegistry() throws Exception {
    java.net.InetAddress address = java.util.Collections.list(
            java.net.NetworkInterface.getNetworkInterfaces()).stream()
        .flatMap(n -> java.util.Collections.list(n.getInetAddresses()).stream())
        .filter(a -> a instanceof java.net.Inet4Address && !a.isLoopbackAddress())
        .findFirst().orElse(null);
    if (address == null) {
      System.err.println("SKIPPED: no non-loopback IPv4 address to run the registry on");
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(address != null, "no non-loopback address");
    try (dev.harden.image.registry.LocalRegistry registry =
        dev.harden.image.registry.LocalRegistry.startOn(address)) {
      String ref = registry.push("oci-archive:../shared/images/static-bin.oci.tar", "app/bin:v1");
      Path df = Files.writeString(dir.resolve("Dockerfile"), "FROM " + ref + "\nUSER 65532\n");
      Files.delete(dir.resolve("harden.lock"));

      Result refused = InProcessHarden.run("fix", "--format", "json", df.toString());
      assertThat(refused.code()).as(refused.err()).isEqualTo(1);
      JsonNode problem = new ObjectMapper().readTree(refused.out()).get("files").get(0)
          .get("problems").get(0);
      assertThat(problem.get("blocking").asBoolean()).isTrue();
      assertThat(problem.get("reason").asText()).startsWith(registry.host() + ": ");

      Result allowed = InProcessHarden.run("fix", "--insecure-registry", registry.host(),
          df.toString());
      assertThat(allowed.code()).as(allowed.out() + allowed.err()).isZero();
      assertThat(allowed.out()).contains("+FROM " + ref + "@" + registry.skopeoDigest(ref) + "\n");
    }
  }
}
