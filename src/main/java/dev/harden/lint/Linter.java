package dev.harden.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs a fixed list of rules over one parsed subject and applies the user's settings: ignored rules
 * are not run at all, severity overrides replace the default, inline suppressions drop findings.
 *
 * @param <S> the parsed subject the rules share
 */
public final class Linter<S> {

  private final List<Rule<S>> rules;
  private final LintSettings settings;

  public Linter(List<? extends Rule<S>> rules, LintSettings settings) {
    this.rules = List.copyOf(rules);
    this.settings = settings;
  }

  public List<Rule<S>> rules() {
    return rules;
  }

  /** Findings of every enabled rule, in the stable report order. */
  public List<Finding> lint(S subject, Suppressions suppressions) {
    List<Finding> findings = new ArrayList<>();
    for (Rule<S> rule : rules) {
      RuleMeta meta = rule.meta();
      if (settings.isIgnored(meta)) {
        continue;
      }
      Severity configured = settings.severityOf(meta);
      boolean overridden = configured != meta.severity();
      rule.check(
          subject,
          new FindingSink() {
            @Override
            public void report(Location location, String message) {
              add(location, message, configured);
            }

            @Override
            public void report(Location location, String message, Severity severity) {
              add(location, message, overridden ? configured : severity);
            }

            private void add(Location location, String message, Severity severity) {
              if (!suppressions.suppresses(meta, location)) {
                findings.add(new Finding(meta, severity, location, message));
              }
            }
          });
    }
    findings.sort(Finding.ORDER);
    return findings;
  }
}
