package dev.harden.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.harden.catalog.CatalogContext;
import dev.harden.config.HardenConfig;
import dev.harden.image.ImageOptions;
import dev.harden.image.fs.ContentSelector;
import dev.harden.io.InputException;
import dev.harden.match.PackageMatch;
import dev.harden.policy.Subject;
import dev.harden.policy.Verdict;
import dev.harden.reach.ReachOptions;
import dev.harden.report.GateReport;
import dev.harden.report.Gated;
import dev.harden.report.RenderOptions;
import dev.harden.report.builtin.BuiltinReporters;
import dev.harden.vulndb.TestDb;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scan of node-app with reachability (the default) and without: what the gate decides
 * changes exactly where the analysis knows more (minimist's critical is never loaded; perl's
 * criticals came with the base image and are never loaded), and every report carries it.
 */
class GateRunReachabilityTest {

  static final String IMAGE = "../shared/images/node-app.docker.tar";
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  static Path db;
  static GateReport withReach;
  static GateReport without;

  @BeforeAll
  static void scanTwice() throws Exception {
    db = TestDb.shared(dir);
    withReach = scan(ReachSettings.DEFAULTS);
    without = scan(ReachSettings.OFF);
  }

  static GateReport scan(ReachSettings reach) throws InputException {
    GateSettings settings = new GateSettings(HardenConfig.DEFAULTS, db, Optional.empty(),
        Optional.empty(), List.of(), LocalDate.parse("2026-06-01"), reach);
    ImagePipeline images = new ImagePipeline(ImageOptions.defaults(), CatalogContext.defaults(),
        ContentSelector.NONE);
    return new GateRun(settings, images).run("scan", new GateRun.Inputs(Optional.empty(),
        List.of(), Optional.of(IMAGE), Optional.empty()), InputStream.nullInputStream());
  }

  static Gated<PackageMatch> vuln(GateReport r, String id, String pkg) {
    return r.vulnerabilities().stream()
        .filter(g -> g.item().match().advisoryId().equals(id)
            && g.item().pkg().name().equals(pkg))
        .findFirst().orElseThrow(() -> new AssertionError(id + " " + pkg + " not found"));
  }

  @Test
  void unreachableMinimistCriticalDropsATierAndNoLongerBlocks() {
    Gated<PackageMatch> on = vuln(withReach, "GHSA-xvch-5gv4-984h", "minimist");
    assertThat(on.subject().reachability()).isEqualTo(Subject.Reachability.UNREACHABLE);
    assertThat(on.subject().origin()).isEqualTo(Subject.Origin.APP);
    assertThat(on.decision().verdict()).isEqualTo(Verdict.WARN);
    assertThat(on.decision().adjustment()).startsWith("unreachable: block");
    Gated<PackageMatch> off = vuln(without, "GHSA-xvch-5gv4-984h", "minimist");
    assertThat(off.subject().reachability()).isEqualTo(Subject.Reachability.UNKNOWN);
    assertThat(off.decision().verdict()).isEqualTo(Verdict.BLOCK);
  }

  @Test
  void perlCriticalOfTheBaseNeverLoadedIsNotBlocking() {
    Gated<PackageMatch> on = vuln(withReach, "DEBIAN-CVE-2026-13221", "perl-base");
    assertThat(on.subject().origin()).isEqualTo(Subject.Origin.BASE);
    assertThat(on.decision().decidedBy()).isEqualTo("critical-in-base");
    assertThat(on.decision().verdict()).isEqualTo(Verdict.TICKET);
    // without attribution the policy counts an unknown origin as the app's: it blocks
    assertThat(vuln(without, "DEBIAN-CVE-2026-13221", "perl-base").decision().verdict())
        .isEqualTo(Verdict.BLOCK);
  }

  @Test
  void reachableLodashKeepsItsTicketAndShowsItsChain() throws Exception {
    Gated<PackageMatch> lodash = vuln(withReach, "GHSA-p6mc-m468-83gw", "lodash");
    assertThat(lodash.subject().reachability()).isEqualTo(Subject.Reachability.REACHABLE);
    assertThat(lodash.decision().verdict()).isEqualTo(Verdict.TICKET);
    String text = render(withReach, "text");
    assertThat(text).contains("base: 2 of 3 layers from localhost/fixtures/node-runtime:latest"
        + " (annotation)", "command: ENTRYPOINT node /app/server.js")
        .containsPattern("reachability: \\d+ reachable, \\d+ unreachable, 0 unknown")
        .contains("require('lodash') \u2192 /app/node_modules/lodash/lodash.js \u2192 lodash"
            + " 4.17.15");
    // reachable findings come before unreachable ones within a verdict
    int lodashLine = text.indexOf("GHSA-p6mc-m468-83gw");
    int perlTicket = text.indexOf("DEBIAN-CVE-2026-13221");
    assertThat(lodashLine).isPositive().isLessThan(perlTicket);
  }

  @Test
  void jsonPackagesAndVulnerabilitiesCarryLayerOriginRuntimeAndReachability() throws Exception {
    JsonNode root = JSON.readTree(render(withReach, "json"));
    JsonNode express = pkg(root, "express");
    assertThat(express.get("origin").asText()).isEqualTo("app");
    assertThat(express.get("runtime").asBoolean()).isFalse();
    assertThat(express.get("layer").get("index").asInt()).isEqualTo(2);
    assertThat(express.get("layer").get("diffId").asText()).startsWith("sha256:");
    assertThat(express.get("layer").get("createdBy").asText()).contains("COPY");
    assertThat(express.get("reachability").get("status").asText()).isEqualTo("reachable");
    assertThat(express.get("reachability").get("evidence").get(0).asText())
        .isEqualTo("ENTRYPOINT node /app/server.js");
    JsonNode nodejs = pkg(root, "nodejs");
    assertThat(nodejs.get("origin").asText()).isEqualTo("base");
    assertThat(nodejs.get("runtime").asBoolean()).isTrue();
    assertThat(pkg(root, "minimist").get("reachability").get("status").asText())
        .isEqualTo("unreachable");
    for (JsonNode v : root.get("vulnerabilities")) {
      JsonNode p = pkg(root, v.get("package").asText());
      assertThat(v.get("origin")).as(v.get("id").asText()).isEqualTo(p.get("origin"));
      assertThat(v.get("reachability").get("status"))
          .isEqualTo(p.get("reachability").get("status"));
    }
    JsonNode summary = root.get("reachability");
    assertThat(summary.get("base").get("basis").asText()).isEqualTo("annotation");
    assertThat(summary.get("base").get("layers").asInt()).isEqualTo(2);
    assertThat(summary.get("commands").get(0).asText())
        .isEqualTo("ENTRYPOINT node /app/server.js");

    JsonNode off = JSON.readTree(render(without, "json"));
    assertThat(off.get("reachability").isNull()).isTrue();
    assertThat(pkg(off, "express").has("reachability")).isFalse();
    assertThat(off.get("vulnerabilities").get(0).get("reachability").get("status").asText())
        .isEqualTo("unknown");
  }

  @Test
  void sarifCarriesTheEvidence() throws Exception {
    JsonNode sarif = JSON.readTree(render(withReach, "sarif"));
    boolean seen = false;
    for (JsonNode r : sarif.get("runs").get(0).get("results")) {
      if (r.path("properties").path("purl").asText().equals("pkg:npm/lodash@4.17.15")) {
        assertThat(r.get("properties").get("reachability").asText()).isEqualTo("reachable");
        assertThat(r.get("properties").get("reachabilityEvidence").asText())
            .contains("require('lodash')");
        seen = true;
      }
    }
    assertThat(seen).isTrue();
  }

  @Test
  void openVexMarksUnreachableVulnerabilitiesNotAffectedWithTheEvidence() throws Exception {
    JsonNode vex = JSON.readTree(render(withReach, "openvex"));
    assertThat(vex.get("@context").asText()).isEqualTo("https://openvex.dev/ns/v0.2.0");
    assertThat(vex.get("@id").asText()).startsWith("urn:uuid:");
    assertThat(vex.get("statements").size()).isEqualTo(withReach.vulnerabilities().size());
    JsonNode minimist = statement(vex, "GHSA-xvch-5gv4-984h", "pkg:npm/minimist@1.2.0");
    assertThat(minimist.get("status").asText()).isEqualTo("not_affected");
    assertThat(minimist.get("justification").asText())
        .isEqualTo("vulnerable_code_not_in_execute_path");
    assertThat(minimist.get("impact_statement").asText())
        .contains("none of the", "minimist 1.2.0", "ENTRYPOINT node /app/server.js");
    JsonNode lodash = statement(vex, "GHSA-p6mc-m468-83gw", "pkg:npm/lodash@4.17.15");
    assertThat(lodash.get("status").asText()).isEqualTo("affected");
    assertThat(lodash.get("action_statement").asText()).contains("4.17.20", "require('lodash')");
    // without the analysis nothing is claimed
    JsonNode off = JSON.readTree(render(without, "openvex"));
    for (JsonNode st : off.get("statements")) {
      assertThat(st.get("status").asText()).isEqualTo("under_investigation");
    }
  }

  @Test
  void cycloneDxAnalysisOfAnUnreachablePackageGivesTheEvidence() throws Exception {
    JsonNode bom = JSON.readTree(render(withReach, "cyclonedx"));
    JsonNode minimist = null;
    for (JsonNode v : bom.get("vulnerabilities")) {
      if (v.get("id").asText().equals("GHSA-xvch-5gv4-984h")) {
        minimist = v;
      }
    }
    assertThat(minimist).isNotNull();
    assertThat(minimist.get("analysis").get("state").asText()).isEqualTo("not_affected");
    assertThat(minimist.get("analysis").get("detail").asText())
        .contains("none of the", "minimist 1.2.0", "ENTRYPOINT node /app/server.js");
  }

  @Test
  void hardenReadsItsOwnOpenVexBackAndSuppressesWhatItCalledNotAffected() throws Exception {
    Path vexFile = dir.resolve("own.openvex.json");
    java.nio.file.Files.writeString(vexFile, render(withReach, "openvex"));
    GateSettings settings = new GateSettings(HardenConfig.DEFAULTS, db, Optional.empty(),
        Optional.empty(), List.of(vexFile), LocalDate.parse("2026-06-01"), ReachSettings.OFF);
    GateReport r = new GateRun(settings, new ImagePipeline(ImageOptions.defaults(),
        CatalogContext.defaults(), ContentSelector.NONE)).run("scan", new GateRun.Inputs(
        Optional.empty(), List.of(), Optional.of(IMAGE), Optional.empty()),
        InputStream.nullInputStream());
    assertThat(vuln(r, "GHSA-xvch-5gv4-984h", "minimist").decision().verdict())
        .isEqualTo(Verdict.SUPPRESSED);
    assertThat(vuln(r, "GHSA-p6mc-m468-83gw", "lodash").decision().verdict())
        .isEqualTo(Verdict.TICKET);
  }

  @Test
  void anUnreadableBaseImageIsAnInputError() {
    ReachSettings bad = new ReachSettings(true, Optional.of(dir.resolve("no-such.tar").toString()),
        Optional.empty(), ReachOptions.DEFAULTS);
    Assertions.assertThatThrownBy(() -> scan(bad)).isInstanceOf(InputException.class)
        .hasMessageContaining("no-such.tar");
  }

  static JsonNode statement(JsonNode vex, String id, String purl) {
    for (JsonNode st : vex.get("statements")) {
      if (st.get("vulnerability").get("name").asText().equals(id)
          && st.get("products").get(0).get("@id").asText().equals(purl)) {
        return st;
      }
    }
    throw new AssertionError(id + " " + purl + " not in the OpenVEX document");
  }

  static JsonNode pkg(JsonNode root, String name) {
    for (JsonNode p : root.get("packages")) {
      if (p.get("name").asText().equals(name)) {
        return p;
      }
    }
    throw new AssertionError(name + " not in packages");
  }

  static String render(GateReport r, String format) {
    return BuiltinReporters.create().gate(format).orElseThrow()
        .render(r, RenderOptions.plain("0.1.0"));
  }
}
