package dev.harden.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.match.FixState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in policy, the allowlist and VEX on subjects shaped like the fixture images' real
 * findings (ids, purls and severities as the matcher reports them for node-app and java-app).
 */
class GateTest {

  static final LocalDate TODAY = LocalDate.parse("2026-06-01");

  @TempDir Path dir;

  static Subject vuln(String id, String alias, String severity, FixState fix, String purl,
      Subject.Origin origin, Subject.Reachability reach) {
    String name = purl.replaceFirst("^pkg:[^/]+/(.*/)?", "").replaceFirst("@.*", "");
    String version = purl.replaceFirst(".*@", "").replaceFirst("\\?.*", "");
    return new Subject(Subject.Kind.VULNERABILITY, id, alias == null ? List.of() : List.of(alias),
        severity, null, fix, origin, reach, purl.startsWith("pkg:maven") ? "java-archive"
        : purl.startsWith("pkg:deb") ? "deb" : "npm", name, version, purl,
        List.of("/app/node_modules/" + name + "/package.json"), "node-app.docker.tar", null);
  }

  static final Subject LOG4SHELL = vuln("GHSA-jfh8-c2jp-5v3q", "CVE-2021-44228", "critical",
      FixState.FIXED, "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1", Subject.Origin.APP,
      Subject.Reachability.REACHABLE);
  static final Subject COLLECTIONS = vuln("GHSA-fjq5-5j5f-mvxh", "CVE-2015-7501", "critical",
      FixState.FIXED, "pkg:maven/commons-collections/commons-collections@3.2.1",
      Subject.Origin.APP, Subject.Reachability.UNREACHABLE);
  static final Subject MINIMIST = vuln("GHSA-xvch-5gv4-984h", "CVE-2021-44906", "critical",
      FixState.FIXED, "pkg:npm/minimist@1.2.0", Subject.Origin.APP,
      Subject.Reachability.UNREACHABLE);
  static final Subject LODASH = vuln("GHSA-p6mc-m468-83gw", "CVE-2020-8203", "high",
      FixState.FIXED, "pkg:npm/lodash@4.17.15", Subject.Origin.APP, Subject.Reachability.REACHABLE);
  static final Subject LODASH_2 = vuln("GHSA-35jh-r3h4-6jhm", "CVE-2021-23337", "high",
      FixState.FIXED, "pkg:npm/lodash@4.17.15", Subject.Origin.APP, Subject.Reachability.REACHABLE);
  static final Subject PERL = vuln("DEBIAN-CVE-2026-13221", "CVE-2026-13221", "critical",
      FixState.FIXED, "pkg:deb/debian/perl-base@5.36.0-7%2Bdeb12u3?arch=amd64&distro=debian-12",
      Subject.Origin.BASE, Subject.Reachability.UNREACHABLE);

  static Subject finding(String id, String severity, Integer hardening, Subject.Kind kind) {
    return new Subject(kind, id, List.of(), severity, null, null, null, null, null, null, null,
        null, List.of("Dockerfile"), null, hardening);
  }

  private static Gate builtin() {
    return new Gate(PolicyLoader.builtin(), Allowlist.NONE, List.of(), TODAY, null);
  }

  @Test
  void builtinPolicyOnTheFixtureFindings() {
    Gate gate = builtin();
    Decision log4j = gate.decide(LOG4SHELL);
    assertThat(log4j.verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(log4j.decidedBy()).isEqualTo("critical-fixed-in-app");
    assertThat(log4j.adjustment()).isNull();

    Decision collections = gate.decide(COLLECTIONS);
    assertThat(collections.verdict()).isEqualTo(Verdict.WARN);
    assertThat(collections.ruleVerdict()).isEqualTo(Verdict.BLOCK);
    assertThat(collections.decidedBy()).isEqualTo("critical-fixed-in-app");
    assertThat(collections.adjustment()).isEqualTo("unreachable: block \u2192 warn");

    assertThat(gate.decide(MINIMIST).verdict()).isEqualTo(Verdict.WARN);
    assertThat(gate.decide(LODASH).verdict()).isEqualTo(Verdict.TICKET);
    assertThat(gate.decide(LODASH).decidedBy()).isEqualTo("high");
    Decision perl = gate.decide(PERL);
    assertThat(perl.decidedBy()).isEqualTo("critical-in-base");
    assertThat(perl.verdict()).isEqualTo(Verdict.TICKET);
  }

  @Test
  void unknownReachabilityCountsAsReachableAndUnknownOriginAsApp() {
    Subject unknown = vuln("GHSA-xvch-5gv4-984h", null, "critical", FixState.FIXED,
        "pkg:npm/minimist@1.2.0", Subject.Origin.UNKNOWN, Subject.Reachability.UNKNOWN);
    Decision d = builtin().decide(unknown);
    assertThat(d.verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(d.decidedBy()).isEqualTo("critical-fixed-in-app");
  }

  @Test
  void bothDefaultsAreConfigurable() throws Exception {
    Policy p = PolicyLoader.load(Files.writeString(dir.resolve("p.yaml"), """
        reachability: {unknown: unreachable}
        origin: {unknown: base}
        rules:
          - name: critical-app
            match: {severity: critical, origin: app}
            verdict: block
          - name: critical-base
            match: {severity: critical, origin: base}
            verdict: ticket
        """));
    Subject unknown = vuln("GHSA-xvch-5gv4-984h", null, "critical", FixState.FIXED,
        "pkg:npm/minimist@1.2.0", Subject.Origin.UNKNOWN, Subject.Reachability.UNKNOWN);
    Decision d = new Gate(p, Allowlist.NONE, List.of(), TODAY, null).decide(unknown);
    assertThat(d.decidedBy()).isEqualTo("critical-base");
    assertThat(d.verdict()).isEqualTo(Verdict.ALLOW);
    assertThat(d.adjustment()).startsWith("reachability unknown, counted as unreachable");
  }

  @Test
  void keepWhenUnreachableAndNoRuleMatching() throws Exception {
    Policy p = PolicyLoader.load(Files.writeString(dir.resolve("p.yaml"), """
        otherwise: warn
        rules:
          - name: collections-always
            match: {id: CVE-2015-*}
            verdict: block
            keepWhenUnreachable: true
        """));
    Gate gate = new Gate(p, Allowlist.NONE, List.of(), TODAY, null);
    assertThat(gate.decide(COLLECTIONS).verdict()).isEqualTo(Verdict.BLOCK);
    Decision other = gate.decide(LODASH);
    assertThat(other.decidedBy()).isEqualTo("otherwise");
    assertThat(other.verdict()).isEqualTo(Verdict.WARN);
  }

  @Test
  void sevenChangeFindingsHaveTheirOwnDefaults() {
    Gate gate = builtin();
    assertThat(gate.decide(finding("HD005", "error", 4, Subject.Kind.DOCKERFILE)).verdict())
        .isEqualTo(Verdict.BLOCK);
    assertThat(gate.decide(finding("K8S005", "warning", 6, Subject.Kind.MANIFEST)).verdict())
        .isEqualTo(Verdict.WARN);
    assertThat(gate.decide(finding("HD012", "error", null, Subject.Kind.DOCKERFILE)).verdict())
        .isEqualTo(Verdict.WARN);
    Decision warning = gate.decide(finding("HD020", "warning", null, Subject.Kind.DOCKERFILE));
    assertThat(warning.verdict()).isEqualTo(Verdict.TICKET);
    assertThat(warning.decidedBy()).isEqualTo("lint-warning");
    assertThat(gate.decide(finding("HD030", "style", null, Subject.Kind.DOCKERFILE)).verdict())
        .isEqualTo(Verdict.ALLOW);
    // reachability never moves a finding
    assertThat(gate.decide(finding("HD001", "error", 1, Subject.Kind.DOCKERFILE)).adjustment())
        .isNull();
  }

  @Test
  void allowlistExpiredStaleAndInForce() throws Exception {
    Allowlist allow = AllowlistLoader.load(Files.writeString(dir.resolve("allow.yaml"), """
        - id: CVE-2021-23337
          reason: expired on purpose
          ticket: SEC-1
          expires: 2020-01-01
        - id: GHSA-p6mc-m468-83gw
          purl: pkg:npm/lodash
          reason: prototype pollution needs attacker-controlled paths; we pass none
          ticket: SEC-2
          expires: 2026-12-31
        - id: CVE-2099-0001
          reason: fixed long ago
          expires: 2027-01-01
        - id: HD005
          path: Dockerfile
        """));
    Gate gate = new Gate(PolicyLoader.builtin(), allow, List.of(), TODAY, null);
    Decision expired = gate.decide(LODASH_2);
    assertThat(expired.verdict()).isEqualTo(Verdict.TICKET);
    assertThat(expired.suppressedBy()).isNull();
    assertThat(expired.expiredEntries()).extracting(AllowEntry::line).containsExactly(1);

    Decision waived = gate.decide(LODASH);
    assertThat(waived.verdict()).isEqualTo(Verdict.SUPPRESSED);
    assertThat(waived.ruleVerdict()).isEqualTo(Verdict.TICKET);
    assertThat(waived.suppressedBy()).isInstanceOfSatisfying(AllowEntry.class,
        e -> assertThat(e.ticket()).isEqualTo("SEC-2"));

    Decision root = gate.decide(finding("HD005", "error", 4, Subject.Kind.DOCKERFILE));
    assertThat(root.verdict()).isEqualTo(Verdict.SUPPRESSED);
    assertThat(gate.decide(MINIMIST).suppressedBy()).isNull();

    AllowlistOutcome outcome = gate.allowlistOutcome();
    assertThat(outcome.expired()).singleElement().satisfies(u -> {
      assertThat(u.entry().id()).isEqualTo("CVE-2021-23337");
      assertThat(u.matched()).isEqualTo(1);
    });
    assertThat(outcome.stale()).extracting(AllowEntry::id).containsExactly("CVE-2099-0001");
    assertThat(outcome.warnings()).containsExactly(
        dir.resolve("allow.yaml") + ":13: entry HD005 gives no reason",
        dir.resolve("allow.yaml") + ":13: entry HD005 never expires (add expires: YYYY-MM-DD)");
  }

  @Test
  void entryOnTheLastDayStillSuppresses() throws Exception {
    Allowlist allow = AllowlistLoader.load(Files.writeString(dir.resolve("a.yaml"),
        "entries:\n  - {id: CVE-2020-8203, reason: r, expires: 2026-06-01}\n"));
    assertThat(new Gate(PolicyLoader.builtin(), allow, List.of(), TODAY, null).decide(LODASH)
        .verdict()).isEqualTo(Verdict.SUPPRESSED);
    assertThat(new Gate(PolicyLoader.builtin(), allow, List.of(), TODAY.plusDays(1), null)
        .decide(LODASH).verdict()).isEqualTo(Verdict.TICKET);
  }

  @Test
  void scopesNarrowAnEntry() throws Exception {
    Allowlist allow = AllowlistLoader.load(Files.writeString(dir.resolve("a.yaml"), """
        - {id: CVE-2021-44906, package: minimist@1.2.1, reason: r, expires: 2027-01-01}
        - {id: CVE-2021-44906, image: other-app.docker.tar, reason: r, expires: 2027-01-01}
        - {id: CVE-2021-44906, path: /usr/lib/**, reason: r, expires: 2027-01-01}
        - {id: CVE-2021-44906, rule: high, reason: r, expires: 2027-01-01}
        - {id: CVE-2021-44906, purl: pkg:npm/minimist@1.2.0, path: /app/**, image: node-app.docker.tar, package: minimist, rule: critical-fixed-in-app, reason: r, expires: 2027-01-01}
        """));
    Gate gate = new Gate(PolicyLoader.builtin(), allow, List.of(), TODAY, null);
    Decision d = gate.decide(MINIMIST);
    assertThat(d.suppressedBy()).isInstanceOfSatisfying(AllowEntry.class,
        e -> assertThat(e.line()).isEqualTo(5));
    assertThat(gate.allowlistOutcome().stale()).extracting(AllowEntry::line)
        .containsExactly(1, 2, 3, 4);
  }
}
