package dev.harden.lint;

import java.util.Comparator;

/**
 * One problem a rule found. {@code severity} is the effective severity after config overrides;
 * the rule's metadata keeps the default.
 */
public record Finding(RuleMeta rule, Severity severity, Location location, String message) {

  /** Stable order for reports: file, line, column, rule id, message. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing((Finding f) -> f.location().file())
          .thenComparingInt(f -> f.location().line())
          .thenComparingInt(f -> f.location().column())
          .thenComparing(f -> f.rule().id())
          .thenComparing(Finding::message);

  public Finding withSeverity(Severity value) {
    return new Finding(rule, value, location, message);
  }
}
