package dev.harden.lint;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the user configured about rules: ids (or aliases) to skip, severities to change, and the
 * registries base images may come from (empty: any).
 */
public record LintSettings(
    Set<String> ignored, Map<String, Severity> severityOverrides, List<String> trustedRegistries) {

  public static final LintSettings DEFAULTS = new LintSettings(Set.of(), Map.of(), List.of());

  public LintSettings {
    ignored = Set.copyOf(ignored);
    severityOverrides = Map.copyOf(severityOverrides);
    trustedRegistries = List.copyOf(trustedRegistries);
  }

  /** True when the rule is switched off by its id or one of its aliases. */
  public boolean isIgnored(RuleMeta rule) {
    for (String name : ignored) {
      if (rule.answersTo(name)) {
        return true;
      }
    }
    return false;
  }

  /** The severity the user wants for this rule, by id or alias, else the rule's default. */
  public Severity severityOf(RuleMeta rule) {
    for (Map.Entry<String, Severity> e : severityOverrides.entrySet()) {
      if (rule.answersTo(e.getKey())) {
        return e.getValue();
      }
    }
    return rule.severity();
  }
}
