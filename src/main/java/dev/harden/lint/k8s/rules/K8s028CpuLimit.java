package dev.harden.lint.k8s.rules;

import dev.harden.k8s.Workload;
import dev.harden.lint.FindingSink;
import dev.harden.lint.Rule;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;

/** A container without a cpu limit (ephemeral containers cannot have one). */
public final class K8s028CpuLimit implements Rule<Workload> {

  public static final RuleMeta META =
      RuleMeta.of("K8S028", RuleKind.KUBERNETES, "Set a cpu limit")
          .severity(Severity.INFO)
          .rationale("Without resources.limits.cpu a busy loop can take every CPU of the node from its neighbours.")
          .aliases("KSV-0011", "KSV011", "LimitsCPU")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(Workload workload, FindingSink out) {
    ResourceLimit.check(workload, out, "cpu");
  }
}
