package dev.harden.lint.k8s.rules;

import dev.harden.k8s.Field;
import dev.harden.k8s.Volume;
import dev.harden.k8s.Workload;
import dev.harden.lint.FindingSink;
import dev.harden.lint.Rule;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import java.util.Optional;

/** hostPath volumes of the container runtime socket or a system directory of the node. */
public final class K8s016SensitiveHostPath implements Rule<Workload> {

  public static final RuleMeta META =
      RuleMeta.of(
              "K8S016",
              RuleKind.KUBERNETES,
              "Do not mount the runtime socket or system directories of the node")
          .severity(Severity.ERROR)
          .rationale(
              "Mounting docker.sock, containerd.sock, /, /etc, /proc, /sys, /var/lib/kubelet and"
                  + " the like from the node is a well-known container escape.")
          .aliases(
              "KSV-0023", "KSV023", "KSV-0006", "KSV006", "docker-sock", "sensitive-host-mounts",
              "DockerSock", "ProcMount", "PSS:baseline:hostPath")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(Workload workload, FindingSink out) {
    WorkloadReport report = new WorkloadReport(workload, out);
    for (Volume v : workload.podSpec().volumes()) {
      Optional<Field<String>> path = v.hostPath();
      if (path.isEmpty()) {
        continue;
      }
      String why = HostPaths.whySensitive(path.get().value());
      if (!why.isEmpty()) {
        report.at(
            path.get(),
            "volume \"" + v.name().orElse("?") + "\" mounts host path " + path.get().value() + " (" + why + ")");
      }
    }
  }
}
