package dev.harden.lint.k8s.rules;

import dev.harden.k8s.Field;
import dev.harden.k8s.Volume;
import dev.harden.k8s.Workload;
import dev.harden.k8s.YamlNode;
import dev.harden.k8s.YamlScalar;
import dev.harden.lint.FindingSink;
import dev.harden.lint.Rule;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import java.util.Optional;
import java.util.Set;

/**
 * Volume types outside the restricted standard's list. hostPath volumes are reported by {@link
 * K8s015HostPathVolume} and {@link K8s016SensitiveHostPath} instead.
 */
public final class K8s023RestrictedVolumeTypes implements Rule<Workload> {

  static final Set<String> ALLOWED =
      Set.of(
          "configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "persistentVolumeClaim",
          "projected", "secret");

  public static final RuleMeta META =
      RuleMeta.of("K8S023", RuleKind.KUBERNETES, "Use only core volume types")
          .severity(Severity.INFO)
          .rationale(
              "The restricted standard allows configMap, csi, downwardAPI, emptyDir, ephemeral,"
                  + " persistentVolumeClaim, projected and secret volumes; in-tree storage drivers"
                  + " and gitRepo run with the node's credentials.")
          .aliases("KSV-0028", "KSV028", "PSS:restricted:volumeTypes")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(Workload workload, FindingSink out) {
    WorkloadReport report = new WorkloadReport(workload, out);
    for (Volume v : workload.podSpec().volumes()) {
      Optional<Field<YamlNode>> source = v.source();
      if (source.isEmpty()) {
        continue;
      }
      String type = source.get().at() instanceof YamlScalar key ? key.value() : "";
      if (!ALLOWED.contains(type) && !type.equals("hostPath")) {
        report.at(
            source.get(),
            "volume \"" + v.name().orElse("?") + "\" uses the " + type + " volume type");
      }
    }
  }
}
