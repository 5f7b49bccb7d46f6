package dev.harden.report.openvex;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.harden.catalog.Pkg;
import dev.harden.match.Match;
import dev.harden.match.PackageMatch;
import dev.harden.policy.VexStatement;
import dev.harden.reach.PackageReach;
import dev.harden.reach.ReachStatus;
import dev.harden.reach.Verdict;
import dev.harden.report.GateReport;
import dev.harden.report.Gated;
import dev.harden.report.Json;
import dev.harden.report.RenderOptions;
import dev.harden.report.Reporter;
import dev.harden.report.ScanReport;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code --format openvex}: an OpenVEX 0.2.0 document with one statement per vulnerability of the
 * scanned image, the package's purl as the product. What reachability found decides the status:
 * an unreachable package's vulnerability is {@code not_affected} /
 * {@code vulnerable_code_not_in_execute_path} with the evidence as impact statement, a reachable
 * one {@code affected} (with the upgrade as action), an unknown one {@code under_investigation}.
 * A {@code not_affected} statement given with {@code --vex} is carried over as it was written.
 * The document's id is derived from its statements, so the same findings give the same id.
 */
public final class OpenVexGateReporter implements Reporter<GateReport> {

  static final String CONTEXT = "https://openvex.dev/ns/v0.2.0";

  private final Instant now;

  public OpenVexGateReporter() {
    this(Instant.now());
  }

  /** @param now the document's timestamp (tests fix it) */
  public OpenVexGateReporter(Instant now) {
    this.now = now.truncatedTo(ChronoUnit.SECONDS);
  }

  @Override
  public String format() {
    return "openvex";
  }

  @Override
  public String render(GateReport report, RenderOptions options) {
    ObjectNode root = Json.object();
    root.put("@context", CONTEXT);
    StringBuilder identity = new StringBuilder(report.subject());
    ArrayNode statements = Json.mapper().createArrayNode();
    for (Gated<PackageMatch> g : report.vulnerabilities()) {
      ObjectNode st = statement(g, report);
      identity.append('\n').append(st.toString());
      statements.add(st);
    }
    root.put("@id", "urn:uuid:"
        + UUID.nameUUIDFromBytes(identity.toString().getBytes(StandardCharsets.UTF_8)));
    root.put("author", "harden");
    root.put("role", "automated reachability analysis");
    root.put("timestamp", now.toString());
    root.put("version", 1);
    root.put("tooling", "harden " + options.toolVersion());
    root.set("statements", statements);
    return Json.write(root);
  }

  private ObjectNode statement(Gated<PackageMatch> g, GateReport report) {
    Match m = g.item().match();
    Pkg p = g.item().pkg();
    ObjectNode st = Json.object();
    ObjectNode vuln = st.putObject("vulnerability");
    vuln.put("name", m.advisoryId());
    if (!m.aliases().isEmpty()) {
      ArrayNode aliases = vuln.putArray("aliases");
      m.aliases().forEach(aliases::add);
    }
    ObjectNode product = st.putArray("products").addObject();
    product.put("@id", p.purl().canonicalize());
    if (g.decision().suppressedBy() instanceof VexStatement given) {
      st.put("status", given.status().id());
      if (given.justification() != null) {
        st.put("justification", given.justification());
      }
      st.put("impact_statement", "as stated in " + given.file() + " " + given.place()
          + (given.impact() == null ? "" : ": " + given.impact()));
      return st;
    }
    Optional<Verdict> verdict = report.scan().flatMap(ScanReport::reach)
        .flatMap(r -> r.of(p)).map(PackageReach::verdict);
    ReachStatus status = verdict.map(Verdict::status).orElse(ReachStatus.UNKNOWN);
    switch (status) {
      case UNREACHABLE -> {
        st.put("status", "not_affected");
        st.put("justification", "vulnerable_code_not_in_execute_path");
        st.put("impact_statement", "harden reachability: " + verdict.get().chain());
      }
      case REACHABLE -> {
        st.put("status", "affected");
        st.put("action_statement", m.fixedVersion() == null
            ? "No fixed version yet; " + p.name() + " is loaded: " + verdict.get().chain()
            : "Upgrade " + p.name() + " to " + m.fixedVersion() + " or later; it is loaded: "
                + verdict.get().chain());
      }
      case UNKNOWN -> {
        st.put("status", "under_investigation");
        st.put("status_notes", verdict.map(v -> v.reason() == null ? "reachability unknown"
            : "reachability unknown: " + v.reason())
            .orElse("reachability was not analysed"));
      }
    }
    return st;
  }
}
