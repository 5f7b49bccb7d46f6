package dev.harden.lint.k8s.rules;

import dev.harden.k8s.Container;
import dev.harden.k8s.Field;
import dev.harden.k8s.MapView;
import dev.harden.k8s.JsonPointer;
import dev.harden.k8s.Workload;
import dev.harden.k8s.YamlMap;
import dev.harden.k8s.YamlNode;
import dev.harden.k8s.YamlSeq;
import dev.harden.lint.FindingSink;
import dev.harden.lint.Rule;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import java.util.List;
import java.util.Optional;

/** {@code hostPort} on a container port (baseline standard). */
public final class K8s017HostPort implements Rule<Workload> {

  public static final RuleMeta META =
      RuleMeta.of("K8S017", RuleKind.KUBERNETES, "Do not bind container ports to host ports")
          .severity(Severity.WARNING)
          .rationale(
              "A hostPort opens a port on the node's own address, bypassing network policies,"
                  + " and limits where the pod can be scheduled; expose it through a Service.")
          .aliases("KSV-0024", "KSV024", "PSS:baseline:hostPorts")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(Workload workload, FindingSink out) {
    WorkloadReport report = new WorkloadReport(workload, out);
    for (Container c : workload.podSpec().containers()) {
      Optional<Field<YamlSeq>> ports = c.seq("ports");
      if (ports.isEmpty()) {
        continue;
      }
      List<YamlNode> items = ports.get().value().items();
      for (int i = 0; i < items.size(); i++) {
        if (!(items.get(i) instanceof YamlMap port)) {
          continue;
        }
        new MapView(port, JsonPointer.append(ports.get().pointer(), i))
            .integer("hostPort")
            .filter(f -> f.value() != 0)
            .ifPresent(
                f -> report.at(f, c, WorkloadReport.describe(c) + " binds host port " + f.value()));
      }
    }
  }
}
