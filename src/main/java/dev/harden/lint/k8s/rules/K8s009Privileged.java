package dev.harden.lint.k8s.rules;

import dev.harden.k8s.Container;
import dev.harden.lint.FindingSink;
import dev.harden.lint.Rule;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.k8s.Workload;

/** Privileged containers (baseline standard). */
public final class K8s009Privileged implements Rule<Workload> {

  public static final RuleMeta META =
      RuleMeta.of("K8S009", RuleKind.KUBERNETES, "Do not run privileged containers")
          .severity(Severity.ERROR)
          .rationale(
              "A privileged container has every capability, every device and no seccomp or"
                  + " AppArmor confinement: it is root on the node in all but name.")
          .aliases("KSV-0017", "KSV017", "privileged-container", "Privileged", "PSS:baseline:privileged")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(Workload workload, FindingSink out) {
    WorkloadReport report = new WorkloadReport(workload, out);
    for (Container c : workload.podSpec().containers()) {
      workload.security(c).privileged()
          .filter(f -> f.value())
          .ifPresent(f -> report.at(f, c, WorkloadReport.describe(c) + " is privileged"));
    }
  }
}
