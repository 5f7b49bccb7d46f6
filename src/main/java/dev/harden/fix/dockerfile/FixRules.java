package dev.harden.fix.dockerfile;

import dev.harden.lint.LintSettings;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.builtin.BuiltinRules;
import dev.harden.lint.dockerfile.DockerfileRule;
import java.util.HashMap;
import java.util.Map;

/**
 * The rule metadata fixes report under, from the built-in rules. A fix whose rule class is not
 * registered gets a minimal entry with the id, so it can still be listed and selected.
 */
final class FixRules {

  private final Map<String, RuleMeta> byId = new HashMap<>();

  FixRules(LintSettings settings) {
    for (DockerfileRule rule : BuiltinRules.dockerfile(settings)) {
      byId.put(rule.meta().id(), rule.meta());
    }
  }

  RuleMeta meta(String id) {
    return byId.computeIfAbsent(id,
        k -> RuleMeta.of(k, RuleKind.DOCKERFILE, k + " (fix only)").fixable().build());
  }
}
