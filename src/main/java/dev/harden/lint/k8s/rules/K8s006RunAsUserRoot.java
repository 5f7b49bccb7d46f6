package dev.harden.lint.k8s.rules;

import dev.harden.k8s.Container;
import dev.harden.k8s.Field;
import dev.harden.k8s.Workload;
import dev.harden.lint.FindingSink;
import dev.harden.lint.Rule;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import java.util.List;
import java.util.Optional;

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
    WorkloadReport report = new WorkloadReport(workload, out);
    List<Container> containers = workload.podSpec().containers();
    if (containers.isEmpty()) {
      workload.podSpec().securityContext().flatMap(sc -> sc.integer("runAsUser"))
          .filter(f -> f.value() == 0)
          .ifPresent(f -> report.at(f, "the pod sets runAsUser: 0"));
    }
    for (Container c : containers) {
      Optional<Field<Long>> user = workload.security(c).runAsUser();
      if (user.isPresent() && user.get().value() == 0) {
        boolean own = WorkloadReport.inContainer(user.get(), c);
        report.at(
            user.get(), c, (own ? WorkloadReport.describe(c) : "the pod") + " sets runAsUser: 0 (root)");
      }
    }
  }
}
