package dev.harden.report.builtin;

import dev.harden.report.FixReport;
import dev.harden.report.GateReport;
import dev.harden.report.LintReport;
import dev.harden.report.Reporter;
import dev.harden.report.SbomDocument;
import dev.harden.ecosystem.SpdxLicenseIds;
import dev.harden.report.cyclonedx.CycloneDxSbomReporter;
import dev.harden.report.cyclonedx.CycloneDxVexReporter;
import dev.harden.report.html.HtmlGateReporter;
import dev.harden.report.json.JsonFixReporter;
import dev.harden.report.json.JsonGateReporter;
import dev.harden.report.json.JsonLintReporter;
import dev.harden.report.json.JsonPackagesReporter;
import dev.harden.report.junit.JunitGateReporter;
import dev.harden.report.markdown.MarkdownGateReporter;
import dev.harden.report.openvex.OpenVexGateReporter;
import dev.harden.report.sarif.SarifFixReporter;
import dev.harden.report.sarif.SarifGateReporter;
import dev.harden.report.sarif.SarifLintReporter;
import dev.harden.report.spdx.SpdxSbomReporter;
import dev.harden.report.text.TextFixReporter;
import dev.harden.report.text.TextGateReporter;
import dev.harden.report.text.TextLintReporter;
import java.util.List;
import java.util.Optional;

/**
 * Every built-in reporter, per kind of report, in the order help texts list them: the one place a
 * new format is registered. Its own package because it names every format package, which all use
 * {@code report} (the no-cycles rule counts sub-packages).
 */
public final class BuiltinReporters {

  /** The formats of {@code harden ci} and {@code harden scan}, as help texts list them. */
  public static final String GATE_FORMATS =
      "text, json, sarif, junit, markdown, html, cyclonedx, openvex";

  /** The formats of {@code harden lint}. */
  public static final String LINT_FORMATS = "text, json, sarif";

  /** The formats of {@code harden fix}. */
  public static final String FIX_FORMATS = "text, json, sarif";

  private final List<Reporter<GateReport>> gate;
  private final List<Reporter<LintReport>> lint;
  private final List<Reporter<SbomDocument>> sbom;
  private final List<Reporter<FixReport>> fix;

  private BuiltinReporters(List<Reporter<GateReport>> gate, List<Reporter<LintReport>> lint,
      List<Reporter<SbomDocument>> sbom, List<Reporter<FixReport>> fix) {
    this.gate = List.copyOf(gate);
    this.lint = List.copyOf(lint);
    this.sbom = List.copyOf(sbom);
    this.fix = List.copyOf(fix);
  }

  public static BuiltinReporters create() {
    SpdxLicenseIds licenses = SpdxLicenseIds.load();
    return new BuiltinReporters(
        List.of(new TextGateReporter(), new JsonGateReporter(), new SarifGateReporter(),
            new JunitGateReporter(), new MarkdownGateReporter(), new HtmlGateReporter(),
            new CycloneDxVexReporter(licenses), new OpenVexGateReporter()),
        List.of(new TextLintReporter(), new JsonLintReporter(), new SarifLintReporter()),
        List.of(new CycloneDxSbomReporter(licenses), new SpdxSbomReporter(licenses),
            new JsonPackagesReporter(false)),
        List.of(new TextFixReporter(), new JsonFixReporter(), new SarifFixReporter()));
  }

  public List<Reporter<GateReport>> gate() {
    return gate;
  }

  public List<Reporter<LintReport>> lint() {
    return lint;
  }

  public List<Reporter<SbomDocument>> sbom() {
    return sbom;
  }

  public List<Reporter<FixReport>> fix() {
    return fix;
  }

  public Optional<Reporter<GateReport>> gate(String format) {
    return find(gate, format);
  }

  public Optional<Reporter<LintReport>> lint(String format) {
    return find(lint, format);
  }

  public Optional<Reporter<SbomDocument>> sbom(String format) {
    return find(sbom, format);
  }

  public Optional<Reporter<FixReport>> fix(String format) {
    return find(fix, format);
  }

  private static <R> Optional<Reporter<R>> find(List<Reporter<R>> list, String format) {
    return list.stream().filter(r -> r.format().equals(format)).findFirst();
  }
}
