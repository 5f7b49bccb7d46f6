package dev.harden.lint.k8s.rules;

import dev.harden.k8s.Workload;
import dev.harden.lint.FindingSink;
import dev.harden.lint.Rule;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;

/** A container without a memory limit (ephemeral containers cannot have one). */
public final class K8s027MemoryLimit implements Rule<Workload> {

  public static final RuleMeta META =
      RuleMeta.of("K8S027", RuleKind.KUBERNETES, "Set a memory limit")
          .severity(Severity.INFO)
          .rationale("Without resources.limits.memory a memory leak or a load spike can use up the node's memory and get other pods killed.")
          .aliases("KSV-0018", "KSV018", "unset-memory-requirements", "LimitsMemory")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(Workload workload, FindingSink out) {
    ResourceLimit.check(workload, out, "memory");
  }
}
