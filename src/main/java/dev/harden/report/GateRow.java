package dev.harden.report;

import dev.harden.lint.Finding;
import dev.harden.match.Match;
import dev.harden.match.PackageMatch;
import dev.harden.policy.AllowEntry;
import dev.harden.policy.Decision;
import dev.harden.policy.Subject;
import dev.harden.policy.Suppressor;
import dev.harden.policy.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One finding or vulnerability as the people-facing reports (text, Markdown, HTML, JUnit) show
 * it: flat strings in one order, grouped by verdict, reachable first, most severe first.
 *
 * @param verdict the gate's verdict
 * @param kind {@code vulnerability}, {@code dockerfile}, {@code manifest} or {@code image}
 * @param id the advisory or rule id
 * @param aliases its other names
 * @param severity the severity label
 * @param what the package ({@code lodash@4.17.15}) or the place ({@code Dockerfile:7:1})
 * @param message the advisory summary or the finding's message
 * @param fix {@code fixed in 4.17.20}, {@code no fix yet}, {@code fix unknown}; empty for findings
 * @param origin {@code base}, {@code runtime}, {@code app} or {@code unknown}; empty for findings
 * @param reachability {@code reachable}, {@code unreachable} or {@code unknown}; empty for
 *     findings
 * @param chain the evidence for the reachability verdict; empty when there is none
 * @param source the Dockerfile instruction that made the package's layer ({@code
 *     Dockerfile:5 COPY}); empty when unknown
 * @param decidedBy the policy rule, with the reachability adjustment when there was one
 * @param suppressedBy what waived it and why; empty when nothing did
 * @param expired allowlist entries that no longer waive it; empty when none
 */
public record GateRow(
    Verdict verdict,
    String kind,
    String id,
    List<String> aliases,
    String severity,
    String what,
    String message,
    String fix,
    String origin,
    String reachability,
    String chain,
    String source,
    String decidedBy,
    String suppressedBy,
    String expired) {

  private static final Comparator<GateRow> ORDER =
      Comparator.comparing(GateRow::verdict)
          .thenComparingInt(r -> reachRank(r.reachability()))
          .thenComparingInt(r -> severityRank(r.severity()))
          .thenComparing(GateRow::kind)
          .thenComparing(GateRow::id)
          .thenComparing(GateRow::what);

  /** Every row of a report, in report order. */
  public static List<GateRow> of(GateReport report) {
    List<GateRow> rows = new ArrayList<>();
    for (Gated<PackageMatch> g : report.vulnerabilities()) {
      rows.add(vulnerability(g, report));
    }
    for (Gated<Finding> g : report.findings()) {
      rows.add(finding(g));
    }
    rows.sort(ORDER);
    return rows;
  }

  private static GateRow vulnerability(Gated<PackageMatch> g, GateReport report) {
    Match m = g.item().match();
    Subject s = g.subject();
    String fix = m.fixedVersion() != null ? "fixed in " + m.fixedVersion()
        : switch (m.fixState()) {
          case NOT_FIXED -> "no fix yet";
          default -> "fix unknown";
        };
    LayerSource src = report.layerSources().get(g.item().pkg().layer());
    String source = src == null ? "layer " + g.item().pkg().layer()
        : src.file() + ":" + src.line() + " " + src.instruction();
    return new GateRow(g.decision().verdict(), "vulnerability", m.advisoryId(), m.aliases(),
        s.severity(), g.item().pkg().name() + "@" + g.item().pkg().version(),
        m.summary() == null ? "" : m.summary(), fix, s.origin().id(), s.reachability().id(),
        chain(report, g.item()), source, decided(g.decision()), suppression(g.decision()),
        expired(g.decision()));
  }

  /**
   * The evidence for the package's reachability: the chain from the image's command for a
   * reachable one, why nothing loads an unreachable one, what could not be followed for an
   * unknown one.
   */
  private static String chain(GateReport report, PackageMatch pm) {
    return report.scan().flatMap(ScanReport::reach).flatMap(r -> r.of(pm.pkg()))
        .map(r -> {
          dev.harden.reach.Verdict v = r.verdict();
          return switch (v.status()) {
            case REACHABLE, UNREACHABLE -> v.chain();
            case UNKNOWN -> v.evidence().isEmpty() ? v.reason()
                : v.reason() + ": " + v.chain();
          };
        })
        .orElse("");
  }

  private static GateRow finding(Gated<Finding> g) {
    Finding f = g.item();
    String where = f.location().file()
        + (f.location().line() > 0 ? ":" + f.location().line()
        + (f.location().column() > 0 ? ":" + f.location().column() : "") : "");
    String object = f.location().details().get("object");
    if (object != null) {
      where += " " + object;
    }
    return new GateRow(g.decision().verdict(), g.subject().kind().id(), f.rule().id(),
        f.rule().aliases(), f.severity().label(), where, f.message(), "", "", "", "", "",
        decided(g.decision()), suppression(g.decision()), expired(g.decision()));
  }

  private static String decided(Decision d) {
    return d.adjustment() == null ? d.decidedBy() : d.decidedBy() + "; " + d.adjustment();
  }

  private static String suppression(Decision d) {
    Suppressor s = d.suppressedBy();
    if (s == null) {
      return "";
    }
    if (s instanceof AllowEntry e) {
      StringBuilder out = new StringBuilder("allowlist ").append(e.file()).append(':')
          .append(e.line());
      List<String> facts = new ArrayList<>();
      if (e.ticket() != null) {
        facts.add(e.ticket());
      }
      if (e.expires() != null) {
        facts.add("until " + e.expires());
      }
      if (!facts.isEmpty()) {
        out.append(" (").append(String.join(", ", facts)).append(')');
      }
      if (e.reason() != null) {
        out.append(": ").append(e.reason());
      }
      return out.toString();
    }
    return "VEX " + s.file() + " " + s.place() + ": " + s.why();
  }

  private static String expired(Decision d) {
    List<String> out = new ArrayList<>();
    for (AllowEntry e : d.expiredEntries()) {
      out.add("allowlist " + e.file() + ":" + e.line() + " expired " + e.expires());
    }
    return String.join("; ", out);
  }

  static int reachRank(String reach) {
    return switch (reach) {
      case "reachable" -> 0;
      case "unreachable" -> 2;
      default -> 1;
    };
  }

  static int severityRank(String severity) {
    return switch (severity) {
      case "critical", "error" -> 0;
      case "high" -> 1;
      case "medium", "warning", "unknown" -> 2;
      case "low", "info" -> 3;
      default -> 4;
    };
  }
}
