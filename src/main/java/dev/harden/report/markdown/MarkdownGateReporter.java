package dev.harden.report.markdown;

import dev.harden.policy.AllowEntry;
import dev.harden.policy.AllowlistOutcome;
import dev.harden.policy.Verdict;
import dev.harden.report.GateReport;
import dev.harden.report.GateRow;
import dev.harden.report.RenderOptions;
import dev.harden.report.Reporter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A pull-request comment. Code hosts cap a comment at 65,536 characters, so the summary comes
 * first and always fits; each verdict's table follows, strongest first, and a table that does not
 * fit in what is left is cut with a line saying how many rows were left out. Allowed and
 * suppressed findings are counted, and listed only while room remains.
 */
public final class MarkdownGateReporter implements Reporter<GateReport> {

  /** Below GitHub's 65,536-character limit, with room for a CI job's own header. */
  public static final int DEFAULT_LIMIT = 65_000;

  /** Room for a heading and a "not shown" line. */
  private static final int CUT_LINE = 120;

  private final int limit;

  public MarkdownGateReporter() {
    this(DEFAULT_LIMIT);
  }

  public MarkdownGateReporter(int limit) {
    this.limit = limit;
  }

  @Override
  public String format() {
    return "markdown";
  }

  @Override
  public String render(GateReport report, RenderOptions options) {
    List<GateRow> rows = GateRow.of(report);
    StringBuilder out = new StringBuilder();
    out.append("## harden ").append(report.command()).append(": ")
        .append(report.blocks() ? "\u274c **BLOCK**" : "\u2705 **PASS**").append("\n\n");
    out.append("`").append(cell(report.subject())).append("` \u00b7 policy `")
        .append(cell(report.policy())).append("`\n\n");
    out.append("| verdict | vulnerabilities | findings |\n|---|---:|---:|\n");
    for (Verdict v : Verdict.values()) {
      long vulns = rows.stream().filter(r -> r.verdict() == v && isVuln(r)).count();
      long findings = rows.stream().filter(r -> r.verdict() == v && !isVuln(r)).count();
      out.append("| ").append(v.id()).append(" | ").append(vulns).append(" | ")
          .append(findings).append(" |\n");
    }
    List<String> notes = allowlistNotes(report.allowlist());
    // the summary and the allowlist notes must always fit; tables share what is left
    String tail = notes.isEmpty() ? "" : "\n### Allowlist\n\n" + String.join("\n", notes) + "\n";
    if (tail.length() > limit / 4) {
      tail = tail.substring(0, limit / 4) + "\n\u2026 (cut)\n";
    }
    List<Verdict> present = java.util.Arrays.stream(Verdict.values())
        .filter(v -> rows.stream().anyMatch(r -> r.verdict() == v)).toList();
    for (int g = 0; g < present.size(); g++) {
      Verdict v = present.get(g);
      List<GateRow> group = rows.stream().filter(r -> r.verdict() == v).toList();
      // what the later verdicts need at least: a heading and a "not shown" line each
      int reserve = CUT_LINE * (present.size() - g - 1);
      String heading = "\n### " + v.id().substring(0, 1).toUpperCase(Locale.ROOT)
          + v.id().substring(1) + " (" + group.size() + ")\n\n";
      String header = "| severity | id | where | detail | decided by |\n|---|---|---|---|---|\n";
      int room = limit - out.length() - tail.length() - heading.length() - header.length()
          - reserve - CUT_LINE;
      if (room <= 0) {
        out.append(heading).append("_").append(group.size()).append(" more, not shown: the"
            + " comment is full (see the JSON or SARIF report)._\n");
        continue;
      }
      StringBuilder table = new StringBuilder(header);
      int shown = 0;
      for (GateRow r : group) {
        String line = row(r);
        if (table.length() + line.length() > room) {
          break;
        }
        table.append(line);
        shown++;
      }
      out.append(heading);
      if (shown == 0) {
        out.append("_").append(group.size()).append(" more, not shown: the comment is full._\n");
        continue;
      }
      out.append(table);
      if (shown < group.size()) {
        out.append("\n_\u2026 and ").append(group.size() - shown).append(" more._\n");
      }
    }
    out.append(tail);
    return out.toString();
  }

  private static boolean isVuln(GateRow r) {
    return r.kind().equals("vulnerability");
  }

  private static String row(GateRow r) {
    String detail;
    if (isVuln(r)) {
      detail = r.fix() + "; " + r.origin() + " (" + r.source() + "); " + r.reachability();
      if (!r.chain().isEmpty()) {
        detail += ": " + r.chain();
      }
    } else {
      detail = r.message();
    }
    if (!r.suppressedBy().isEmpty()) {
      detail += " \u2014 suppressed by " + r.suppressedBy();
    }
    if (!r.expired().isEmpty()) {
      detail += " \u2014 " + r.expired();
    }
    return "| " + r.severity() + " | `" + cell(r.id()) + "` | " + cell(r.what()) + " | "
        + cell(abbreviate(detail, 400)) + " | " + cell(r.decidedBy()) + " |\n";
  }

  private static List<String> allowlistNotes(AllowlistOutcome a) {
    List<String> out = new ArrayList<>();
    for (AllowlistOutcome.Use u : a.expired()) {
      out.add("- **expired** " + entry(u.entry()) + " on " + u.entry().expires()
          + ": suppresses nothing (" + u.matched() + " would match)");
    }
    for (AllowEntry e : a.stale()) {
      out.add("- **stale** " + entry(e) + ": matched nothing in this run");
    }
    for (String w : a.warnings()) {
      out.add("- warning: " + cell(w));
    }
    return out;
  }

  private static String entry(AllowEntry e) {
    return "`" + cell(e.file() + ":" + e.line()) + "` " + cell(e.describe());
  }

  /** Text safe inside a table cell: no pipes, no line breaks, no HTML. */
  static String cell(String s) {
    return s.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ")
        .replace("<", "&lt;").replace(">", "&gt;").replace("`", "'");
  }

  private static String abbreviate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
  }
}
