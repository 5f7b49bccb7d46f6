package dev.harden.lint.k8s.rules;

import dev.harden.k8s.Container;
import dev.harden.k8s.Field;
import dev.harden.k8s.JsonPointer;
import dev.harden.k8s.Workload;
import dev.harden.lint.FindingSink;
import dev.harden.lint.Rule;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import java.util.Optional;

/** Hardening change ④: the kubelet is told to refuse to start a container as root. */
public final class K8s005RunAsNonRoot implements Rule<Workload> {

  public static final RuleMeta META =
      RuleMeta.of("K8S005", RuleKind.KUBERNETES, "Set runAsNonRoot: true")
          .severity(Severity.WARNING)
          .rationale(
              "runAsNonRoot makes the kubelet refuse to start a container whose user is root, so"
                  + " an image that forgot its USER line fails loudly instead of running as root.")
          .aliases("KSV-0012", "KSV012", "run-as-non-root", "RunAsNonRoot", "PSS:restricted:runAsNonRoot")
          .hardening(4)
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
      Optional<Field<Boolean>> nonRoot = workload.security(c).runAsNonRoot();
      if (nonRoot.isEmpty()) {
        report.missing(
            c,
            JsonPointer.append(c.pointer(), "securityContext", "runAsNonRoot"),
            WorkloadReport.describe(c) + " may run as root: runAsNonRoot is not set");
      } else if (!nonRoot.get().value()) {
        boolean own = WorkloadReport.inContainer(nonRoot.get(), c);
        report.at(
            nonRoot.get(),
            c,
            (own ? WorkloadReport.describe(c) : "the pod") + " sets runAsNonRoot: false");
      }
    }
  }
}
