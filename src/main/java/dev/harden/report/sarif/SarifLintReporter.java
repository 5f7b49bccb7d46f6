package dev.harden.report.sarif;

import dev.harden.lint.Finding;
import dev.harden.lint.RuleMeta;
import dev.harden.report.LintReport;
import dev.harden.report.RenderOptions;
import dev.harden.report.Reporter;

/** {@code harden lint --format sarif}: every rule that ran, every finding as a result. */
public final class SarifLintReporter implements Reporter<LintReport> {

  @Override
  public String format() {
    return "sarif";
  }

  @Override
  public String render(LintReport report, RenderOptions options) {
    SarifLog log = new SarifLog(options);
    for (RuleMeta rule : report.rules()) {
      log.rule(rule);
    }
    for (Finding f : report.findings()) {
      log.rule(f.rule());
      log.result(f.rule().id(), SarifLog.level(f.severity()), f.message(), f.location().file(),
          f.location().line(), f.location().column(), f.location().details());
    }
    return log.render();
  }
}
