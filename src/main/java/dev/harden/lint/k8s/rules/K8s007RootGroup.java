package dev.harden.lint.k8s.rules;

import dev.harden.k8s.ContainerSecurity;
import dev.harden.k8s.Field;
import dev.harden.k8s.JsonPointer;
import dev.harden.k8s.SecurityContext;
import dev.harden.k8s.Workload;
import dev.harden.k8s.YamlNode;
import dev.harden.k8s.YamlScalar;
import dev.harden.k8s.YamlSeq;
import dev.harden.lint.FindingSink;
import dev.harden.lint.Rule;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import java.util.List;
import java.util.Optional;

/** Hardening change ④: no process gets the root group (GID 0) as primary or extra group. */
public final class K8s007RootGroup implements Rule<Workload> {

  public static final RuleMeta META =
      RuleMeta.of("K8S007", RuleKind.KUBERNETES, "Do not run with the root group (GID 0)")
          .severity(Severity.WARNING)
          .rationale(
              "Files owned by group root are often group-writable; runAsGroup, fsGroup or"
                  + " supplementalGroups of 0 hand them to the container's process.")
          .aliases("KSV-0116", "KSV116", "run-as-non-root")
          .hardening(4)
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(Workload workload, FindingSink out) {
    WorkloadReport report = new WorkloadReport(workload, out);
    report.rootId("runAsGroup", ContainerSecurity::runAsGroup, "");
    Optional<SecurityContext> pod = workload.podSpec().securityContext();
    pod.flatMap(sc -> sc.integer("fsGroup"))
        .filter(f -> f.value() == 0)
        .ifPresent(f -> report.at(f, "the pod sets fsGroup: 0"));
    Optional<Field<YamlSeq>> extra = pod.flatMap(sc -> sc.seq("supplementalGroups"));
    if (extra.isPresent()) {
      List<YamlNode> items = extra.get().value().items();
      for (int i = 0; i < items.size(); i++) {
        if (items.get(i) instanceof YamlScalar s && s.asLong().orElse(-1) == 0) {
          report.at(
              new Field<>(0L, s, s, JsonPointer.append(extra.get().pointer(), i)),
              "the pod adds supplemental group 0");
        }
      }
    }
  }
}
