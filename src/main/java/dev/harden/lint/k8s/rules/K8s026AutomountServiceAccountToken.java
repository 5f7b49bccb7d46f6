package dev.harden.lint.k8s.rules;

import dev.harden.k8s.Field;
import dev.harden.k8s.Workload;
import dev.harden.lint.FindingSink;
import dev.harden.lint.Rule;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import java.util.Optional;

/** The pod gets an API token mounted without asking for one. */
public final class K8s026AutomountServiceAccountToken implements Rule<Workload> {

  public static final RuleMeta META =
      RuleMeta.of("K8S026", RuleKind.KUBERNETES, "Do not mount a service account token the pod does not use")
          .severity(Severity.INFO)
          .rationale(
              "Unless automountServiceAccountToken is false, every pod gets a Kubernetes API"
                  + " token at /var/run/secrets/kubernetes.io/serviceaccount; most applications"
                  + " never call the API, but whoever takes over the container can.")
          .aliases("AutomountServiceAccountToken")
          .fixable()
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(Workload workload, FindingSink out) {
    WorkloadReport report = new WorkloadReport(workload, out);
    Optional<Field<Boolean>> automount = workload.podSpec().bool("automountServiceAccountToken");
    if (automount.isEmpty()) {
      report.missingInPod(
          workload.podSpec().pointerOf("automountServiceAccountToken"),
          "the pod mounts a service account token (automountServiceAccountToken is not false)");
    } else if (automount.get().value()) {
      report.at(automount.get(), "the pod sets automountServiceAccountToken: true");
    }
  }
}
