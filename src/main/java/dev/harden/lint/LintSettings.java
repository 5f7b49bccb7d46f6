package dev.harden.lint;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the user configured about rules: ids (or aliases) to skip, severities to change, the
 * registries base images may come from (empty: any), and the labels images must carry (empty: no
 * label checks).
 */
public record LintSettings(
    Set<String> ignored,
    Map<String, Severity> severityOverrides,
    List<String> trustedRegistries,
    LabelSchema labelSchema) {

  public static final LintSettings DEFAULTS =
      new LintSettings(Set.of(), Map.of(), List.of(), LabelSchema.NONE);

  public LintSettings {
    ignored = Set.copyOf(ignored);
    severityOverrides = Map.copyOf(severityOverrides);
    trustedRegistries = List.copyOf(trustedRegistries);
    Objects.requireNonNull(labelSchema, "labelSchema");
  }

  /** Settings without a label schema. */
  public LintSettings(Set<String> ignored, Map<String, Severity> severityOverrides,
      List<String> trustedRegistries) {
    this(ignored, severityOverrides, trustedRegistries, LabelSchema.NONE);
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
