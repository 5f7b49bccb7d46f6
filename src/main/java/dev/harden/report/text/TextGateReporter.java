package dev.harden.report.text;

import dev.harden.catalog.Unknown;
import dev.harden.policy.AllowEntry;
import dev.harden.policy.AllowlistOutcome;
import dev.harden.policy.Verdict;
import dev.harden.report.GateReport;
import dev.harden.report.GateRow;
import dev.harden.report.RenderOptions;
import dev.harden.report.Reporter;
import dev.harden.report.ScanReport;
import dev.harden.reach.ReachResult;
import dev.harden.reach.ReachStatus;
import dev.harden.reach.layers.BaseAttribution;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@code harden ci} and {@code harden scan} for people: the verdict, then every finding grouped
 * by verdict (reachable first, most severe first), one line each with the rule that decided and
 * the reachability chain on the next line, then the allowlist's fate and a summary table.
 */
public final class TextGateReporter implements Reporter<GateReport> {

  @Override
  public String format() {
    return "text";
  }

  @Override
  public String render(GateReport report, RenderOptions options) {
    Ansi ansi = new Ansi(options.colour());
    StringBuilder out = new StringBuilder();
    out.append(ansi.bold("harden " + report.command())).append(": ")
        .append(report.blocks() ? ansi.red("BLOCK") : ansi.green("PASS"))
        .append("  ").append(report.subject()).append('\n');
    report.scan().ifPresent(s -> header(out, s, ansi));
    out.append("policy: ").append(report.policy()).append('\n');

    List<GateRow> rows = GateRow.of(report);
    for (Verdict v : Verdict.values()) {
      List<GateRow> group = rows.stream().filter(r -> r.verdict() == v).toList();
      if (group.isEmpty()) {
        continue;
      }
      out.append('\n').append(ansi.bold(v.id().toUpperCase(java.util.Locale.ROOT)))
          .append(" (").append(group.size()).append(")\n");
      for (GateRow r : group) {
        line(out, r, ansi);
      }
    }
    allowlist(out, report.allowlist(), ansi);
    report.scan().ifPresent(s -> {
      for (String w : s.warnings()) {
        out.append(ansi.yellow("warning: ")).append(w).append('\n');
      }
      if (!s.catalog().unknowns().isEmpty()) {
        out.append('\n').append(ansi.yellow("unknowns")).append(" (not inventoried):\n");
        for (Unknown u : s.catalog().unknowns()) {
          out.append("  ").append(u.path()).append(": ").append(u.reason()).append('\n');
        }
      }
    });
    summary(out, report, rows, ansi);
    return out.toString();
  }

  private static void header(StringBuilder out, ScanReport s, Ansi ansi) {
    out.append("image: ").append(s.image().subject());
    s.image().digest().ifPresent(d -> out.append(' ').append(ansi.dim(d)));
    out.append('\n');
    s.image().os().ifPresent(os -> out.append("os: ").append(os.prettyName() == null
        ? os.id() + " " + os.versionId() : os.prettyName()).append('\n'));
    out.append("packages: ").append(s.catalog().packages().size()).append(", layers: ")
        .append(s.image().layers().size()).append('\n');
    s.reach().ifPresent(r -> reach(out, r, s.image().layers().size(), ansi));
  }

  /** Where the base ends, what the analysis started from, and the verdicts counted. */
  private static void reach(StringBuilder out, ReachResult r, int layers, Ansi ansi) {
    BaseAttribution a = r.attribution();
    if (a.basis() != BaseAttribution.Basis.NONE) {
      out.append("base: ").append(a.baseLayers()).append(" of ").append(layers)
          .append(layers == 1 ? " layer" : " layers")
          .append(a.baseName() == null ? "" : " from " + a.baseName())
          .append(" (").append(a.basis().id()).append(")\n");
    }
    for (String c : r.commands()) {
      out.append("command: ").append(c).append('\n');
    }
    Map<ReachStatus, Long> counts = new EnumMap<>(ReachStatus.class);
    r.packages().values().forEach(p -> counts.merge(p.verdict().status(), 1L, Long::sum));
    out.append("reachability: ");
    List<String> parts = new ArrayList<>();
    for (ReachStatus st : ReachStatus.values()) {
      parts.add(counts.getOrDefault(st, 0L) + " " + st.id());
    }
    out.append(String.join(", ", parts)).append('\n');
    for (String u : r.unknowns()) {
      out.append("  ").append(ansi.yellow("unknown: ")).append(u).append('\n');
    }
  }

  private static void line(StringBuilder out, GateRow r, Ansi ansi) {
    out.append("  ").append(String.format("%-8s ", r.severity())).append(ansi.bold(r.id()))
        .append("  ").append(r.what());
    if (r.kind().equals("vulnerability")) {
      out.append(", ").append(r.fix()).append(", ").append(r.origin()).append(" (")
          .append(r.source()).append("), ").append(r.reachability());
    } else {
      out.append("  ").append(r.message());
    }
    out.append(ansi.dim("  [" + r.decidedBy() + "]")).append('\n');
    if (!r.chain().isEmpty()) {
      out.append("      ").append(ansi.dim(r.chain())).append('\n');
    }
    if (!r.suppressedBy().isEmpty()) {
      out.append("      suppressed by ").append(r.suppressedBy()).append('\n');
    }
    if (!r.expired().isEmpty()) {
      out.append("      ").append(ansi.yellow(r.expired() + ": no longer suppresses")).append('\n');
    }
  }

  private static void allowlist(StringBuilder out, AllowlistOutcome a, Ansi ansi) {
    if (a.file().isEmpty()) {
      return;
    }
    if (a.expired().isEmpty() && a.stale().isEmpty() && a.warnings().isEmpty()) {
      return;
    }
    out.append('\n').append(ansi.bold("allowlist ")).append(a.file().get()).append('\n');
    for (AllowlistOutcome.Use u : a.expired()) {
      out.append("  ").append(ansi.yellow("expired")).append(' ').append(entry(u.entry()))
          .append(" on ").append(u.entry().expires()).append(": suppresses nothing (")
          .append(u.matched()).append(u.matched() == 1 ? " finding" : " findings")
          .append(" would match)\n");
    }
    for (AllowEntry e : a.stale()) {
      out.append("  ").append(ansi.yellow("stale")).append("   ").append(entry(e))
          .append(": matched nothing in this run; remove it\n");
    }
    for (String w : a.warnings()) {
      out.append("  ").append(ansi.yellow("warning")).append(' ').append(w).append('\n');
    }
  }

  private static String entry(AllowEntry e) {
    return e.file() + ":" + e.line() + " " + e.describe()
        + (e.ticket() == null ? "" : " [" + e.ticket() + "]");
  }

  private static void summary(StringBuilder out, GateReport report, List<GateRow> rows,
      Ansi ansi) {
    out.append('\n').append(ansi.bold("summary")).append('\n');
    out.append(String.format("  %-11s %15s %9s%n", "verdict", "vulnerabilities", "findings"));
    for (Verdict v : Verdict.values()) {
      long vulns = rows.stream().filter(r -> r.verdict() == v && r.kind().equals("vulnerability"))
          .count();
      long findings = rows.stream().filter(r -> r.verdict() == v
          && !r.kind().equals("vulnerability")).count();
      out.append(String.format("  %-11s %15d %9d%n", v.id(), vulns, findings));
    }
    long blocking = rows.stream().filter(r -> r.verdict() == Verdict.BLOCK).count();
    out.append("result: ").append(report.blocks()
        ? ansi.red("BLOCK") + " (" + blocking + " blocking)" : ansi.green("PASS")).append('\n');
  }
}
