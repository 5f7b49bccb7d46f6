package dev.harden.lint.k8s.rules;

import dev.harden.k8s.Container;
import dev.harden.k8s.MapView;
import dev.harden.k8s.Workload;
import dev.harden.lint.FindingSink;
import dev.harden.lint.Rule;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import java.util.Optional;
import java.util.Set;

/** SELinux options that change the container's SELinux user, role or type (baseline standard). */
public final class K8s021SeLinuxOptions implements Rule<Workload> {

  /** The SELinux types the baseline standard allows. */
  static final Set<String> ALLOWED_TYPES =
      Set.of("container_t", "container_init_t", "container_kvm_t", "container_engine_t");

  public static final RuleMeta META =
      RuleMeta.of("K8S021", RuleKind.KUBERNETES, "Do not set a custom SELinux user, role or type")
          .severity(Severity.WARNING)
          .rationale(
              "A custom SELinux type, user or role can lift the container out of the confinement"
                  + " the container policy gives it; only the container_* types are allowed.")
          .aliases("KSV-0025", "KSV025", "PSS:baseline:seLinux")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(Workload workload, FindingSink out) {
    WorkloadReport report = new WorkloadReport(workload, out);
    for (Container c : workload.podSpec().containers()) {
      Optional<MapView> options = workload.security(c).seLinuxOptions();
      if (options.isEmpty()) {
        continue;
      }
      boolean own = options.get().pointer().startsWith(c.pointer() + "/");
      String who = own ? WorkloadReport.describe(c) : "the pod";
      options.get().string("type")
          .filter(f -> !f.value().isEmpty() && !ALLOWED_TYPES.contains(f.value()))
          .ifPresent(f -> report.at(f, c, who + " sets SELinux type " + f.value()));
      for (String key : new String[] {"user", "role"}) {
        options.get().string(key)
            .filter(f -> !f.value().isEmpty())
            .ifPresent(f -> report.at(f, c, who + " sets SELinux " + key + " " + f.value()));
      }
    }
  }
}
