package dev.harden.report.text;

import dev.harden.lint.Finding;
import dev.harden.lint.Severity;
import dev.harden.report.LintReport;
import dev.harden.report.RenderOptions;
import dev.harden.report.Reporter;
import java.util.EnumMap;
import java.util.Map;

/**
 * {@code harden lint} for people: one {@code file:line:col severity RULE message} line per finding
 * (the form editors and CI problem matchers parse), then a one-line summary.
 */
public final class TextLintReporter implements Reporter<LintReport> {

  @Override
  public String format() {
    return "text";
  }

  @Override
  public String render(LintReport report, RenderOptions options) {
    Ansi ansi = new Ansi(options.colour());
    StringBuilder out = new StringBuilder();
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Finding f : report.findings()) {
      counts.merge(f.severity(), 1, Integer::sum);
      out.append(ansi.dim(f.location().file() + ":" + f.location().line() + ":"
              + f.location().column()))
          .append(' ')
          .append(ansi.severity(f.severity()))
          .append(' ')
          .append(ansi.bold(f.rule().id()))
          .append(' ')
          .append(f.message());
      String object = f.location().details().get("object");
      if (object != null) {
        out.append(ansi.dim(" [" + object
            + (f.location().details().containsKey("container")
                ? " container " + f.location().details().get("container") : "") + "]"));
      }
      out.append('\n');
    }
    out.append(summary(report.findings().size(), counts)).append('\n');
    return out.toString();
  }

  static String summary(int total, Map<Severity, Integer> counts) {
    if (total == 0) {
      return "no findings";
    }
    StringBuilder s = new StringBuilder().append(total).append(total == 1 ? " finding" : " findings");
    String sep = " (";
    for (Map.Entry<Severity, Integer> e : counts.entrySet()) {
      s.append(sep).append(e.getValue()).append(' ').append(e.getKey().label());
      sep = ", ";
    }
    return s.append(')').toString();
  }
}
