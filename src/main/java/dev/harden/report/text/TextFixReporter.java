package dev.harden.report.text;

import dev.harden.fix.Fix;
import dev.harden.fix.FixProblem;
import dev.harden.report.FixReport;
import dev.harden.report.RenderOptions;
import dev.harden.report.Reporter;

/**
 * {@code harden fix} for people: the unified diff of every changed file (unless the files were
 * written), then what was fixed, what was only suggested and what could not be fixed, as {@code #}
 * comment lines that {@code git apply} and {@code patch} skip, so the output can be piped into
 * either.
 */
public final class TextFixReporter implements Reporter<FixReport> {

  @Override
  public String format() {
    return "text";
  }

  @Override
  public String render(FixReport report, RenderOptions options) {
    Ansi ansi = new Ansi(options.colour());
    StringBuilder out = new StringBuilder();
    if (!report.written()) {
      for (FixReport.FileResult f : report.files()) {
        for (String line : f.diff().lines().toList()) {
          out.append(line.startsWith("+") && !line.startsWith("+++") ? ansi.green(line)
              : line.startsWith("-") && !line.startsWith("---") ? ansi.red(line) : line)
              .append('\n');
        }
      }
    }
    int applied = 0;
    int suggested = 0;
    int problems = 0;
    for (FixReport.FileResult f : report.files()) {
      if (f.applied().isEmpty() && f.notApplied().isEmpty() && f.problems().isEmpty()) {
        continue;
      }
      out.append("# ").append(f.file()).append(report.written() && f.changed() ? " (written)"
          : "").append('\n');
      for (Fix fix : f.applied()) {
        out.append(line(ansi.green("fixed"), fix.safety().label(), fix.rule().id(),
            fix.location().line(), fix.description(), null));
        applied++;
      }
      for (Fix fix : f.notApplied()) {
        out.append(line(ansi.yellow("suggested"), "use --unsafe", fix.rule().id(),
            fix.location().line(), fix.description(), fix.reason()));
        suggested++;
      }
      for (FixProblem p : f.problems()) {
        out.append(line(p.blocking() ? ansi.red("unresolved") : ansi.dim("not fixed"), null,
            p.rule().id(), p.location().line(), p.description(), p.reason()));
        problems++;
      }
    }
    for (FixReport.LockResult l : report.locks()) {
      out.append("# ").append(l.file()).append(": ").append(l.added())
          .append(l.added() == 1 ? " digest" : " digests").append(" added\n");
    }
    out.append("# ").append(applied).append(applied == 1 ? " fix" : " fixes")
        .append(report.written() ? " written" : " applied").append(", ").append(suggested)
        .append(" suggested, ").append(problems).append(" not fixed").append('\n');
    return out.toString();
  }

  private static String line(String status, String note, String rule, int line,
      String description, String reason) {
    StringBuilder s = new StringBuilder("#   ").append(status).append(' ').append(rule);
    if (line > 0) {
      s.append(" line ").append(line);
    }
    if (note != null) {
      s.append(" (").append(note).append(')');
    }
    s.append(": ").append(description);
    if (reason != null) {
      s.append(" — ").append(reason);
    }
    return s.append('\n').toString();
  }
}
