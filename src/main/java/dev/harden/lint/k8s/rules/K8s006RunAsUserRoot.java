package dev.harden.lint.k8s.rules;

import dev.harden.k8s.ContainerSecurity;
import dev.harden.k8s.Workload;
import dev.harden.lint.FindingSink;
import dev.harden.lint.Rule;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;

/** Hardening change ④: no container is told to run as UID 0. */
public final class K8s006RunAsUserRoot implements Rule<Workload> {

  public static final RuleMeta META =
      RuleMeta.of("K8S006", RuleKind.KUBERNETES, "Do not set runAsUser: 0")
          .severity(Severity.ERROR)
          .rationale(
              "runAsUser: 0 runs the container as root whatever the image says; a root process"
                  + " that escapes the container is root on the node.")
          .aliases("KSV-0105", "KSV105", "run-as-non-root", "PSS:restricted:runAsUser")
          .hardening(4)
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(Workload workload, FindingSink out) {
    new WorkloadReport(workload, out).rootId("runAsUser", ContainerSecurity::runAsUser, " (root)");
  }
}
