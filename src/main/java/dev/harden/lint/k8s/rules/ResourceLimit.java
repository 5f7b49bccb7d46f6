package dev.harden.lint.k8s.rules;

import dev.harden.k8s.Container;
import dev.harden.k8s.ContainerKind;
import dev.harden.k8s.JsonPointer;
import dev.harden.k8s.Workload;
import dev.harden.k8s.YamlScalar;
import dev.harden.lint.FindingSink;

/** What K8S027 and K8S028 share: a container without {@code resources.limits.<resource>}. */
final class ResourceLimit {

  private ResourceLimit() {}

  /** Reports every regular and init container without a limit for {@code resource}. */
  static void check(Workload workload, FindingSink out, String resource) {
    WorkloadReport report = new WorkloadReport(workload, out);
    for (Container c : workload.podSpec().containers()) {
      if (c.kind() == ContainerKind.EPHEMERAL) {
        continue; // the API does not allow resources on ephemeral containers
      }
      boolean limited =
          c.child("resources").flatMap(r -> r.child("limits")).flatMap(l -> l.any(resource))
              .filter(f -> !(f.node() instanceof YamlScalar s && s.isNull()))
              .isPresent();
      if (!limited) {
        report.missing(
            c,
            JsonPointer.append(c.pointer(), "resources", "limits", resource),
            WorkloadReport.describe(c) + " has no " + resource + " limit");
      }
    }
  }
}
