package dev.harden.lint.k8s.rules;

import dev.harden.k8s.Container;
import dev.harden.k8s.JsonPointer;
import dev.harden.k8s.Workload;
import dev.harden.lint.FindingSink;
import dev.harden.lint.Rule;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;

/** Hardening change ⑥: the root filesystem of every container is read-only. */
public final class K8s004ReadOnlyRootFilesystem implements Rule<Workload> {

  public static final RuleMeta META =
      RuleMeta.of("K8S004", RuleKind.KUBERNETES, "Mount the root filesystem read-only")
          .severity(Severity.WARNING)
          .rationale(
              "With a writable root filesystem an attacker can drop binaries and change"
                  + " configuration inside the container; set readOnlyRootFilesystem and give the"
                  + " application emptyDir volumes where it must write (/tmp).")
          .aliases(
              "KSV-0014", "KSV014", "no-read-only-root-fs", "ReadOnlyRootFilesystem")
          .hardening(6)
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
      String message = WorkloadReport.describe(c) + " has a writable root filesystem";
      report.expect(
          c,
          workload.security(c).readOnlyRootFilesystem(),
          true,
          JsonPointer.append(c.pointer(), "securityContext", "readOnlyRootFilesystem"),
          message,
          message);
    }
  }
}
