package dev.harden.report.sarif;

import dev.harden.lint.Finding;
import dev.harden.match.Match;
import dev.harden.match.PackageMatch;
import dev.harden.report.RenderOptions;
import dev.harden.report.Reporter;
import dev.harden.report.ScanReport;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code harden scan --format sarif}: one SARIF rule per advisory, one result per affected package;
 * image findings as results of their rules. Results point at the file the package was found in
 * (its database or manifest inside the image).
 */
public final class SarifScanReporter implements Reporter<ScanReport> {

  @Override
  public String format() {
    return "sarif";
  }

  @Override
  public String render(ScanReport report, RenderOptions options) {
    SarifLog log = new SarifLog(options);
    for (PackageMatch pm : report.vulnerabilities()) {
      Match m = pm.match();
      String level = level(m);
      log.rule(m.advisoryId(), m.summary() == null || m.summary().isBlank() ? m.advisoryId()
              : m.summary(), m.summary() == null ? "" : m.summary(), level,
          "https://osv.dev/vulnerability/" + m.advisoryId(), m.aliases(), null,
          List.of("vulnerability", "security",
              m.severity().level().name().toLowerCase(Locale.ROOT)));
      Map<String, String> props = new TreeMap<>();
      props.put("purl", pm.pkg().purl().canonicalize());
      props.put("installed", pm.pkg().version());
      props.put("fixState", m.fixState().id());
      if (m.fixedVersion() != null) {
        props.put("fixed", m.fixedVersion());
      }
      String where = pm.pkg().locations().isEmpty() ? report.image().subject()
          : pm.pkg().locations().get(0).replaceFirst("^/", "");
      log.result(m.advisoryId(), level, pm.pkg().name() + " " + pm.pkg().version()
          + " is affected by " + m.advisoryId()
          + (m.fixedVersion() == null ? " (no fixed version)" : " (fixed in " + m.fixedVersion()
          + ")"), where, 0, 0, props);
    }
    for (Finding f : report.findings()) {
      log.rule(f.rule());
      log.result(f.rule().id(), SarifLog.level(f.severity()), f.message(), f.location().file(),
          f.location().line(), f.location().column(), f.location().details());
    }
    return log.render();
  }

  static String level(Match m) {
    return switch (m.severity().level()) {
      case CRITICAL, HIGH -> "error";
      case MEDIUM -> "warning";
      default -> "note";
    };
  }
}
