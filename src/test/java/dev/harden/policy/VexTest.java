package dev.harden.policy;

import static dev.harden.policy.GateTest.LODASH;
import static dev.harden.policy.GateTest.LODASH_2;
import static dev.harden.policy.GateTest.MINIMIST;
import static dev.harden.policy.GateTest.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harden.io.InputException;
import dev.harden.match.FixState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OpenVEX and CycloneDX VEX statements as the gate applies them. */
class VexTest {

  @TempDir Path dir;

  private Gate gate(String... docs) throws IOException, InputException {
    List<Path> files = new java.util.ArrayList<>();
    for (int i = 0; i < docs.length; i++) {
      files.add(Files.writeString(dir.resolve("vex" + i + ".json"), docs[i]));
    }
    return new Gate(PolicyLoader.builtin(), Allowlist.NONE, new VexLoader().load(files), TODAY,
        "sha256:4f1c");
  }

  static String openVex(String statements) {
    return """
        {"@context": "https://openvex.dev/ns/v0.2.0",
         "@id": "https://example.com/vex/1", "author": "Shop Security", "version": 1,
         "timestamp": "2026-05-01T10:00:00Z",
         "statements": [%s]}""".formatted(statements);
  }

  @Test
  void notAffectedSuppressesExactlyThePairItNames() throws Exception {
    Gate gate = gate(openVex("""
        {"vulnerability": {"name": "CVE-2020-8203"},
         "products": [{"@id": "pkg:npm/lodash@4.17.15"}],
         "status": "not_affected", "justification": "vulnerable_code_not_in_execute_path",
         "impact_statement": "zipObjectDeep is never called"}"""));
    Decision d = gate.decide(LODASH);
    assertThat(d.verdict()).isEqualTo(Verdict.SUPPRESSED);
    assertThat(d.suppressedBy()).isInstanceOfSatisfying(VexStatement.class, st -> {
      assertThat(st.place()).isEqualTo("statements[0]");
      assertThat(st.why()).isEqualTo("not_affected: vulnerable_code_not_in_execute_path"
          + " (zipObjectDeep is never called)");
    });
    // the same package, another vulnerability
    assertThat(gate.decide(LODASH_2).verdict()).isEqualTo(Verdict.TICKET);
    // the same vulnerability in another version of the package
    Subject other = GateTest.vuln("GHSA-p6mc-m468-83gw", "CVE-2020-8203", "high",
        FixState.FIXED, "pkg:npm/lodash@4.17.19", Subject.Origin.APP,
        Subject.Reachability.REACHABLE);
    assertThat(gate.decide(other).verdict()).isEqualTo(Verdict.TICKET);
  }

  @Test
  void productWithoutVersionOrQualifiersCoversEveryVariant() throws Exception {
    Gate gate = gate(openVex("""
        {"vulnerability": "GHSA-xvch-5gv4-984h", "products": ["pkg:npm/minimist"],
         "status": "not_affected", "justification": "component_not_present"},
        {"vulnerability": {"name": "CVE-2026-13221"},
         "products": [{"identifiers": {"purl": "pkg:deb/debian/perl-base@5.36.0-7+deb12u3?arch=amd64"}}],
         "status": "not_affected", "justification": "vulnerable_code_not_in_execute_path"},
        {"vulnerability": {"name": "CVE-2026-13221"},
         "products": [{"@id": "pkg:deb/debian/perl-base@5.36.0-7+deb12u3?arch=arm64"}],
         "status": "not_affected", "justification": "vulnerable_code_not_in_execute_path"}"""));
    assertThat(gate.decide(MINIMIST).verdict()).isEqualTo(Verdict.SUPPRESSED);
    Decision perl = gate.decide(GateTest.PERL);
    assertThat(perl.verdict()).isEqualTo(Verdict.SUPPRESSED);
    assertThat(((VexStatement) perl.suppressedBy()).place()).isEqualTo("statements[1]");
  }

  @Test
  void affectedAndUnderInvestigationDoNotSuppressAndTheLatestStatementWins() throws Exception {
    Gate gate = gate(openVex("""
        {"vulnerability": {"name": "CVE-2020-8203"}, "products": ["pkg:npm/lodash@4.17.15"],
         "status": "under_investigation"},
        {"vulnerability": {"name": "CVE-2021-23337"}, "products": ["pkg:npm/lodash@4.17.15"],
         "status": "not_affected", "justification": "inline_mitigations_already_exist",
         "timestamp": "2026-01-01T00:00:00Z"},
        {"vulnerability": {"name": "CVE-2021-23337"}, "products": ["pkg:npm/lodash@4.17.15"],
         "status": "affected", "action_statement": "upgrade", "timestamp": "2026-03-01T00:00:00Z"},
        {"vulnerability": {"name": "GHSA-xvch-5gv4-984h"}, "products": ["pkg:npm/minimist@1.2.0"],
         "status": "affected", "timestamp": "2026-01-01T00:00:00Z"}"""),
        openVex("""
        {"vulnerability": {"name": "GHSA-xvch-5gv4-984h"}, "products": ["pkg:npm/minimist@1.2.0"],
         "status": "not_affected", "justification": "vulnerable_code_not_present"}"""));
    assertThat(gate.decide(LODASH).verdict()).isEqualTo(Verdict.TICKET);
    assertThat(gate.decide(LODASH_2).verdict()).isEqualTo(Verdict.TICKET);
    // the second document's statement (2026-05-01, the document's time) is newer
    assertThat(gate.decide(MINIMIST).verdict()).isEqualTo(Verdict.SUPPRESSED);
  }

  @Test
  void subcomponentsOfThisImageOnly() throws Exception {
    Gate gate = gate(openVex("""
        {"vulnerability": {"name": "CVE-2020-8203"},
         "products": [{"@id": "pkg:oci/node-app@sha256%3A4f1c",
                       "subcomponents": [{"@id": "pkg:npm/lodash@4.17.15"}]}],
         "status": "not_affected", "justification": "vulnerable_code_not_in_execute_path"},
        {"vulnerability": {"name": "CVE-2021-23337"},
         "products": [{"@id": "pkg:oci/node-app@sha256%3A9999",
                       "subcomponents": [{"@id": "pkg:npm/lodash@4.17.15"}]}],
         "status": "not_affected", "justification": "vulnerable_code_not_in_execute_path"},
        {"vulnerability": {"name": "CVE-2021-44906"},
         "products": [{"@id": "pkg:oci/node-app", "subcomponents": ["pkg:npm/minimist"]}],
         "status": "not_affected", "justification": "vulnerable_code_not_in_execute_path"}"""));
    assertThat(gate.decide(LODASH).verdict()).isEqualTo(Verdict.SUPPRESSED);
    assertThat(gate.decide(LODASH_2).verdict()).isEqualTo(Verdict.TICKET);
    assertThat(gate.decide(MINIMIST).verdict()).isEqualTo(Verdict.SUPPRESSED);
  }

  @Test
  void cycloneDxVex() throws Exception {
    Gate gate = gate("""
        {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
         "metadata": {"timestamp": "2026-05-01T10:00:00Z"},
         "components": [{"type": "library", "bom-ref": "lodash-ref", "name": "lodash",
                         "version": "4.17.15", "purl": "pkg:npm/lodash@4.17.15"}],
         "vulnerabilities": [
           {"id": "CVE-2020-8203", "analysis": {"state": "not_affected",
              "justification": "code_not_reachable", "detail": "never called"},
            "affects": [{"ref": "lodash-ref"}]},
           {"id": "CVE-2021-23337", "analysis": {"state": "in_triage"},
            "affects": [{"ref": "lodash-ref"}]},
           {"id": "GHSA-xvch-5gv4-984h", "analysis": {"state": "false_positive"},
            "affects": [{"ref": "pkg:npm/minimist@1.2.0"}]}]}""");
    Decision d = gate.decide(LODASH);
    assertThat(d.verdict()).isEqualTo(Verdict.SUPPRESSED);
    assertThat(d.suppressedBy().why()).isEqualTo("not_affected: code_not_reachable (never called)");
    assertThat(gate.decide(LODASH_2).verdict()).isEqualTo(Verdict.TICKET);
    assertThat(gate.decide(MINIMIST).verdict()).isEqualTo(Verdict.SUPPRESSED);
  }

  @Test
  void badDocumentsAreInputErrors() throws IOException {
    Path notJson = Files.writeString(dir.resolve("a.json"), "{\n  \"statements\": [\n}");
    assertThatThrownBy(() -> new VexLoader().load(notJson)).isInstanceOf(InputException.class)
        .hasMessageContaining("not valid JSON")
        .satisfies(e -> assertThat(((InputException) e).line()).isEqualTo(3));
    Path foreign = Files.writeString(dir.resolve("b.json"), "{\"spdxVersion\": \"SPDX-2.3\"}");
    assertThatThrownBy(() -> new VexLoader().load(foreign)).hasMessageContaining(
        "not a VEX document");
    Path noStatus = Files.writeString(dir.resolve("c.json"), openVex(
        "{\"vulnerability\": {\"name\": \"CVE-1\"}, \"products\": [\"pkg:npm/a\"]}"));
    assertThatThrownBy(() -> new VexLoader().load(noStatus)).hasMessage(
        "statements[0]: no status");
    Path badStatus = Files.writeString(dir.resolve("d.json"), openVex(
        "{\"vulnerability\": \"CVE-1\", \"products\": [\"pkg:npm/a\"], \"status\": \"fine\"}"));
    assertThatThrownBy(() -> new VexLoader().load(badStatus)).hasMessageContaining(
        "unknown status 'fine'");
    assertThatThrownBy(() -> new VexLoader().load(dir.resolve("missing.json")))
        .hasMessageContaining("not found");
  }
}
