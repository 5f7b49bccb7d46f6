package dev.harden.report.text;

import dev.harden.catalog.Unknown;
import dev.harden.lint.Finding;
import dev.harden.match.PackageMatch;
import dev.harden.report.RenderOptions;
import dev.harden.report.Reporter;
import dev.harden.report.ScanReport;
import dev.harden.vulndb.SeverityLevel;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** {@code harden scan} for people: a header, one line per vulnerability, unknowns, findings. */
public final class TextScanReporter implements Reporter<ScanReport> {

  @Override
  public String format() {
    return "text";
  }

  @Override
  public String render(ScanReport report, RenderOptions options) {
    Ansi ansi = new Ansi(options.colour());
    StringBuilder out = new StringBuilder();
    out.append(ansi.bold(report.image().subject()));
    report.image().digest().ifPresent(d -> out.append(' ').append(ansi.dim(d)));
    out.append('\n');
    report.image().os().ifPresent(os -> out.append("os: ").append(os.prettyName() == null
        ? os.id() + " " + os.versionId() : os.prettyName()).append('\n'));
    out.append("packages: ").append(report.catalog().packages().size())
        .append(", layers: ").append(report.image().layers().size()).append('\n');

    Map<SeverityLevel, Integer> counts = new EnumMap<>(SeverityLevel.class);
    for (PackageMatch m : report.vulnerabilities()) {
      counts.merge(m.match().severity().level(), 1, Integer::sum);
    }
    out.append("vulnerabilities: ").append(report.vulnerabilities().size());
    String sep = " (";
    for (Map.Entry<SeverityLevel, Integer> e : counts.entrySet()) {
      out.append(sep).append(e.getValue()).append(' ').append(label(e.getKey()));
      sep = ", ";
    }
    out.append(counts.isEmpty() ? "" : ")").append("\n\n");

    for (PackageMatch m : report.vulnerabilities()) {
      String fixed = m.match().fixedVersion() == null ? "no fix (" + m.match().fixState().id()
          + ")" : "fixed in " + m.match().fixedVersion();
      out.append(String.format("%-8s ", severity(ansi, m.match().severity().level())))
          .append(ansi.bold(m.match().advisoryId())).append(' ')
          .append(m.pkg().name()).append('@').append(m.pkg().version()).append(", ")
          .append(fixed).append(", layer ").append(m.pkg().layer());
      if (!m.match().aliases().isEmpty()) {
        out.append(ansi.dim(" [" + String.join(", ", m.match().aliases()) + "]"));
      }
      out.append('\n');
    }
    for (String warning : report.warnings()) {
      out.append(ansi.yellow("warning: ")).append(warning).append('\n');
    }
    if (!report.catalog().unknowns().isEmpty()) {
      out.append('\n').append(ansi.yellow("unknowns")).append(" (not inventoried):\n");
      for (Unknown u : report.catalog().unknowns()) {
        out.append("  ").append(u.path()).append(": ").append(u.reason()).append('\n');
      }
    }
    if (!report.findings().isEmpty()) {
      out.append('\n');
      for (Finding f : report.findings()) {
        out.append(ansi.severity(f.severity())).append(' ').append(ansi.bold(f.rule().id()))
            .append(' ').append(f.message()).append('\n');
      }
    }
    return out.toString();
  }

  static String label(SeverityLevel level) {
    return level.name().toLowerCase(Locale.ROOT);
  }

  static String severity(Ansi ansi, SeverityLevel level) {
    return switch (level) {
      case CRITICAL, HIGH -> ansi.red(label(level));
      case MEDIUM -> ansi.yellow(label(level));
      default -> ansi.dim(label(level));
    };
  }
}
