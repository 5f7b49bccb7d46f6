package dev.harden.report;

import dev.harden.lint.Finding;
import dev.harden.lint.RuleMeta;
import java.util.List;

/**
 * What {@code harden lint} produced: the findings (already in report order) and every rule that
 * ran, so SARIF can describe rules that found nothing too. {@code extras} carries sections other
 * kinds of input add to the JSON report, keyed by their field name (e.g. {@code workloads}).
 */
public record LintReport(
    List<Finding> findings, List<RuleMeta> rules, java.util.Map<String, Object> extras) {

  public LintReport {
    findings = List.copyOf(findings);
    rules = List.copyOf(rules);
    extras = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(extras));
  }

  public LintReport(List<Finding> findings, List<RuleMeta> rules) {
    this(findings, rules, java.util.Map.of());
  }
}
