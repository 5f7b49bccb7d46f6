package dev.harden.lint.k8s.rules;

import dev.harden.k8s.Container;
import dev.harden.k8s.JsonPointer;
import dev.harden.k8s.Workload;
import dev.harden.lint.FindingSink;
import dev.harden.lint.Rule;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;

/** {@code allowPrivilegeEscalation: false}, so setuid binaries cannot bring root back. */
public final class K8s008AllowPrivilegeEscalation implements Rule<Workload> {

  public static final RuleMeta META =
      RuleMeta.of("K8S008", RuleKind.KUBERNETES, "Set allowPrivilegeEscalation: false")
          .severity(Severity.WARNING)
          .rationale(
              "Unless allowPrivilegeEscalation is false (no_new_privs), a non-root process can"
                  + " regain privileges through setuid binaries or file capabilities in the image.")
          .aliases(
              "KSV-0001", "KSV001", "privilege-escalation-container", "AllowPrivilegeEscalation",
              "PSS:restricted:allowPrivilegeEscalation")
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
      report.expect(
          c,
          workload.security(c).allowPrivilegeEscalation(),
          false,
          JsonPointer.append(c.pointer(), "securityContext", "allowPrivilegeEscalation"),
          WorkloadReport.describe(c) + " allows privilege escalation (the default)",
          WorkloadReport.describe(c) + " sets allowPrivilegeEscalation: true");
    }
  }
}
