package dev.harden.report.sarif;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.harden.lint.Finding;
import dev.harden.lint.RuleMeta;
import dev.harden.match.Match;
import dev.harden.match.PackageMatch;
import dev.harden.policy.Decision;
import dev.harden.policy.Verdict;
import dev.harden.report.GateReport;
import dev.harden.report.Gated;
import dev.harden.report.LayerSource;
import dev.harden.report.RenderOptions;
import dev.harden.report.Reporter;
import dev.harden.report.ScanReport;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code harden ci} and {@code harden scan} as SARIF 2.1.0. The level is the gate's verdict
 * ({@code block} → error, {@code warn} → warning, {@code ticket} → note, {@code allow} → none);
 * suppressed results stay in the log with a {@code suppressions} entry saying what waived them.
 * With {@code --dockerfile}, a vulnerability or image finding points at the Dockerfile line that
 * made its layer: the {@code FROM} for the base image's packages, the {@code RUN}/{@code COPY}
 * for the build's own; without it, at the package's database or manifest inside the image.
 */
public final class SarifGateReporter implements Reporter<GateReport> {

  @Override
  public String format() {
    return "sarif";
  }

  @Override
  public String render(GateReport report, RenderOptions options) {
    SarifLog log = new SarifLog(options);
    for (RuleMeta rule : report.rules()) {
      log.rule(rule);
    }
    for (Gated<PackageMatch> g : report.vulnerabilities()) {
      Match m = g.item().match();
      log.rule(m.advisoryId(), m.summary() == null || m.summary().isBlank() ? m.advisoryId()
              : m.summary(), m.summary() == null ? "" : m.summary(),
          level(m), "https://osv.dev/vulnerability/" + m.advisoryId(),
          m.aliases(), null, List.of("vulnerability", "security",
              m.severity().level().name().toLowerCase(Locale.ROOT)));
      Map<String, String> props = new TreeMap<>();
      props.put("purl", g.item().pkg().purl().canonicalize());
      props.put("installed", g.item().pkg().version());
      props.put("fixState", m.fixState().id());
      if (m.fixedVersion() != null) {
        props.put("fixed", m.fixedVersion());
      }
      props.put("origin", g.subject().origin().id());
      props.put("reachability", g.subject().reachability().id());
      report.scan().flatMap(ScanReport::reach).flatMap(r -> r.of(g.item().pkg()))
          .ifPresent(r -> {
            props.put("reachabilityEvidence", r.verdict().chain());
            if (r.verdict().reason() != null) {
              props.put("reachabilityReason", r.verdict().reason());
            }
            if (r.layer() != null && r.layer().createdBy() != null) {
              props.put("layerCreatedBy", r.layer().createdBy());
            }
          });
      String inImage = g.item().pkg().locations().isEmpty() ? "" : g.item().pkg().locations().get(0);
      props.put("path", inImage);
      String message = g.item().pkg().name() + " " + g.item().pkg().version() + " is affected by "
          + m.advisoryId() + (m.fixedVersion() == null ? " (no fixed version)"
          : " (fixed in " + m.fixedVersion() + ")");
      LayerSource src = report.layerSources().get(g.item().pkg().layer());
      ObjectNode r = src != null
          ? log.result(m.advisoryId(), level(g.decision()), message, src.file(), src.line(), 1,
              props)
          : log.result(m.advisoryId(), level(g.decision()), message,
              inImage.isEmpty() ? report.scan().get().image().subject() : inImage.substring(1),
              0, 0, props);
      decorate(r, g.decision());
    }
    for (Gated<Finding> g : report.findings()) {
      Finding f = g.item();
      log.rule(f.rule());
      LayerSource src = layerOf(report, f);
      ObjectNode r = src != null
          ? log.result(f.rule().id(), level(g.decision()), f.message(), src.file(), src.line(), 1,
              f.location().details())
          : log.result(f.rule().id(), level(g.decision()), f.message(), f.location().file(),
              f.location().line(), f.location().column(), f.location().details());
      decorate(r, g.decision());
    }
    return log.render();
  }

  /** An image check's layer, when it names one and the Dockerfile says which line made it. */
  private static LayerSource layerOf(GateReport report, Finding f) {
    String layer = f.location().details().get("layer");
    if (layer == null || !layer.matches("\\d{1,6}")) {
      return null;
    }
    return report.layerSources().get(Integer.parseInt(layer));
  }

  static String level(Decision d) {
    Verdict v = d.verdict() == Verdict.SUPPRESSED ? d.ruleVerdict() : d.verdict();
    return switch (v) {
      case BLOCK -> "error";
      case WARN -> "warning";
      case TICKET -> "note";
      case ALLOW, SUPPRESSED -> "none";
    };
  }

  private static void decorate(ObjectNode result, Decision d) {
    ObjectNode props = result.has("properties") ? (ObjectNode) result.get("properties")
        : result.putObject("properties");
    props.put("verdict", d.verdict().id());
    props.put("decidedBy", d.decidedBy());
    if (d.adjustment() != null) {
      props.put("adjustment", d.adjustment());
    }
    if (d.suppressedBy() != null) {
      ObjectNode s = result.putArray("suppressions").addObject();
      s.put("kind", "external");
      s.put("status", "accepted");
      s.put("justification", d.suppressedBy().source() + " " + d.suppressedBy().file() + " "
          + d.suppressedBy().place() + ": " + d.suppressedBy().why());
    }
  }

  /** SARIF's level for an advisory: critical and high are errors, medium a warning. */
  static String level(Match m) {
    return switch (m.severity().level()) {
      case CRITICAL, HIGH -> "error";
      case MEDIUM -> "warning";
      default -> "note";
    };
  }
}
