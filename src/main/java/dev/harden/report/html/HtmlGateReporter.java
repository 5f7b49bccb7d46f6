package dev.harden.report.html;

import dev.harden.policy.AllowEntry;
import dev.harden.policy.AllowlistOutcome;
import dev.harden.policy.Verdict;
import dev.harden.report.GateReport;
import dev.harden.report.GateRow;
import dev.harden.report.RenderOptions;
import dev.harden.report.Reporter;
import java.util.List;

/**
 * One self-contained HTML file: inline CSS, no script, no fonts, images or anything else fetched
 * (a Content-Security-Policy of {@code default-src 'none'} makes a browser refuse any request the
 * page might try). The verdict and a summary table first, then one collapsible table per verdict,
 * blocking and warning ones open. Every text from the image or the input files is escaped.
 */
public final class HtmlGateReporter implements Reporter<GateReport> {

  private static final String STYLE = """
      body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem;color:#1d2330}
      h1{font-size:1.5rem;margin:0 0 .3rem}
      .verdict{display:inline-block;padding:.15rem .6rem;border-radius:4px;color:#fff;font-weight:700}
      .block{background:#b42318}.pass{background:#067647}
      .meta{color:#555;margin-bottom:1rem}
      table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
      th,td{border-bottom:1px solid #e2e4e9;padding:.35rem .5rem;text-align:left;vertical-align:top}
      th{background:#f4f5f7;font-weight:600}
      td.n{text-align:right}
      code{font:12px ui-monospace,SFMono-Regular,Menlo,monospace;background:#f4f5f7;padding:0 .2rem}
      summary{font-size:1.1rem;font-weight:600;cursor:pointer;margin:.8rem 0 .3rem}
      .chain,.why{color:#555;font-size:12px}
      .sev-critical,.sev-error{color:#b42318;font-weight:600}.sev-high{color:#c4320a}
      .sev-medium,.sev-warning{color:#b54708}
      """;

  @Override
  public String format() {
    return "html";
  }

  @Override
  public String render(GateReport report, RenderOptions options) {
    List<GateRow> rows = GateRow.of(report);
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
            + " style-src 'unsafe-inline'\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>harden ").append(esc(report.command())).append(": ")
        .append(report.verdict()).append("</title>\n<style>\n").append(STYLE)
        .append("</style>\n</head>\n<body>\n");
    out.append("<h1>harden ").append(esc(report.command())).append(" <span class=\"verdict ")
        .append(report.verdict()).append("\">").append(report.verdict().toUpperCase(java.util.Locale.ROOT))
        .append("</span></h1>\n");
    out.append("<div class=\"meta\">").append(esc(report.subject())).append(" &middot; policy <code>")
        .append(esc(report.policy())).append("</code> &middot; harden ")
        .append(esc(options.toolVersion())).append("</div>\n");
    out.append("<table class=\"summary\"><thead><tr><th>verdict</th><th>vulnerabilities</th>"
        + "<th>findings</th></tr></thead><tbody>\n");
    for (Verdict v : Verdict.values()) {
      long vulns = rows.stream().filter(r -> r.verdict() == v && isVuln(r)).count();
      long findings = rows.stream().filter(r -> r.verdict() == v && !isVuln(r)).count();
      out.append("<tr><td>").append(v.id()).append("</td><td class=\"n\">").append(vulns)
          .append("</td><td class=\"n\">").append(findings).append("</td></tr>\n");
    }
    out.append("</tbody></table>\n");
    for (Verdict v : Verdict.values()) {
      List<GateRow> group = rows.stream().filter(r -> r.verdict() == v).toList();
      if (group.isEmpty()) {
        continue;
      }
      out.append("<details").append(v == Verdict.BLOCK || v == Verdict.WARN ? " open" : "")
          .append(" id=\"").append(v.id()).append("\"><summary>").append(v.id())
          .append(" (").append(group.size()).append(")</summary>\n<table><thead><tr>"
              + "<th>severity</th><th>id</th><th>where</th><th>detail</th><th>decided by</th>"
              + "</tr></thead><tbody>\n");
      for (GateRow r : group) {
        row(out, r);
      }
      out.append("</tbody></table></details>\n");
    }
    allowlist(out, report.allowlist());
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  private static boolean isVuln(GateRow r) {
    return r.kind().equals("vulnerability");
  }

  private static void row(StringBuilder out, GateRow r) {
    out.append("<tr><td class=\"sev-").append(esc(r.severity())).append("\">")
        .append(esc(r.severity())).append("</td><td><code>").append(esc(r.id()))
        .append("</code></td><td>").append(esc(r.what())).append("</td><td>");
    if (isVuln(r)) {
      out.append(esc(r.message())).append("<div class=\"why\">").append(esc(r.fix()))
          .append(" &middot; ").append(esc(r.origin())).append(" (").append(esc(r.source()))
          .append(") &middot; ").append(esc(r.reachability())).append("</div>");
      if (!r.chain().isEmpty()) {
        out.append("<div class=\"chain\">").append(esc(r.chain())).append("</div>");
      }
    } else {
      out.append(esc(r.message()));
    }
    if (!r.suppressedBy().isEmpty()) {
      out.append("<div class=\"why\">suppressed by ").append(esc(r.suppressedBy()))
          .append("</div>");
    }
    if (!r.expired().isEmpty()) {
      out.append("<div class=\"why\">").append(esc(r.expired())).append(": no longer suppresses")
          .append("</div>");
    }
    out.append("</td><td>").append(esc(r.decidedBy())).append("</td></tr>\n");
  }

  private static void allowlist(StringBuilder out, AllowlistOutcome a) {
    if (a.expired().isEmpty() && a.stale().isEmpty() && a.warnings().isEmpty()) {
      return;
    }
    out.append("<h2>Allowlist</h2>\n<ul>\n");
    for (AllowlistOutcome.Use u : a.expired()) {
      out.append("<li><strong>expired</strong> ").append(entry(u.entry())).append(" on ")
          .append(u.entry().expires()).append(": suppresses nothing (").append(u.matched())
          .append(" would match)</li>\n");
    }
    for (AllowEntry e : a.stale()) {
      out.append("<li><strong>stale</strong> ").append(entry(e))
          .append(": matched nothing in this run</li>\n");
    }
    for (String w : a.warnings()) {
      out.append("<li>warning: ").append(esc(w)).append("</li>\n");
    }
    out.append("</ul>\n");
  }

  private static String entry(AllowEntry e) {
    return "<code>" + esc(e.file() + ":" + e.line()) + "</code> " + esc(e.describe());
  }

  static String esc(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
      }
    }
    return out.toString();
  }
}
