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

/**
 * hostPath volumes (baseline standard). Those of a sensitive path are {@link
 * K8s016SensitiveHostPath}'s, which reports them louder.
 */
public final class K8s015HostPathVolume implements Rule<Workload> {

  public static final RuleMeta META =
      RuleMeta.of("K8S015", RuleKind.KUBERNETES, "Do not mount hostPath volumes")
          .severity(Severity.WARNING)
          .rationale(
              "A hostPath volume ties the pod to one node's filesystem and lets the container"
                  + " read or write it; use emptyDir, a ConfigMap or a PersistentVolumeClaim.")
          .aliases("KSV-0023", "KSV023", "PSS:baseline:hostPath")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(Workload workload, FindingSink out) {
    WorkloadReport report = new WorkloadReport(workload, out);
    for (Volume v : workload.podSpec().volumes()) {
      Optional<Field<dev.harden.k8s.YamlNode>> hostPath = v.any("hostPath");
      if (hostPath.isEmpty()) {
        continue;
      }
      String path = v.hostPath().map(Field::value).orElse("");
      if (HostPaths.whySensitive(path).isEmpty()) {
        report.at(
            hostPath.get(),
            "volume \"" + v.name().orElse("?") + "\" mounts host path " + (path.isEmpty() ? "(none)" : path));
      }
    }
  }
}
