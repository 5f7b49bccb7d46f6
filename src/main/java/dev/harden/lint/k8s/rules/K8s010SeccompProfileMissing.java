package dev.harden.lint.k8s.rules;

import dev.harden.k8s.Container;
import dev.harden.k8s.JsonPointer;
import dev.harden.k8s.Workload;
import dev.harden.lint.FindingSink;
import dev.harden.lint.Rule;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;

/**
 * No seccomp profile at all (restricted standard). Kubernetes then runs the container Unconfined
 * unless the kubelet's SeccompDefault is on. A profile set to Unconfined or to an unknown value is
 * {@link K8s011SeccompUnconfined}'s.
 */
public final class K8s010SeccompProfileMissing implements Rule<Workload> {

  public static final RuleMeta META =
      RuleMeta.of("K8S010", RuleKind.KUBERNETES, "Set seccompProfile to RuntimeDefault")
          .severity(Severity.WARNING)
          .rationale(
              "Without a seccomp profile most clusters run containers with every system call"
                  + " allowed; RuntimeDefault blocks the rarely needed, often exploited ones.")
          .aliases("KSV-0030", "KSV030", "KSV-0104", "KSV104", "PSS:restricted:seccomp")
          .fixable()
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(Workload workload, FindingSink out) {
    WorkloadReport report = new WorkloadReport(workload, out);
    for (Container c : workload.podSpec().containers()) {
      if (workload.security(c).seccompProfile().isEmpty()) {
        report.missing(
            c,
            JsonPointer.append(c.pointer(), "securityContext", "seccompProfile", "type"),
            WorkloadReport.describe(c) + " has no seccomp profile (runs Unconfined by default)");
      }
    }
  }
}
