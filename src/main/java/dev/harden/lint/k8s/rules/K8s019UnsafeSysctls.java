package dev.harden.lint.k8s.rules;

import dev.harden.k8s.Field;
import dev.harden.k8s.JsonPointer;
import dev.harden.k8s.MapView;
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
import java.util.Set;

/** Sysctls outside the set the baseline standard calls safe. */
public final class K8s019UnsafeSysctls implements Rule<Workload> {

  /** The namespaced sysctls the baseline standard allows (as of Kubernetes 1.32). */
  static final Set<String> SAFE =
      Set.of(
          "kernel.shm_rmid_forced",
          "net.ipv4.ip_local_port_range",
          "net.ipv4.ip_unprivileged_port_start",
          "net.ipv4.tcp_syncookies",
          "net.ipv4.ping_group_range",
          "net.ipv4.ip_local_reserved_ports",
          "net.ipv4.tcp_keepalive_time",
          "net.ipv4.tcp_fin_timeout",
          "net.ipv4.tcp_keepalive_intvl",
          "net.ipv4.tcp_keepalive_probes",
          "net.ipv4.tcp_rmem",
          "net.ipv4.tcp_wmem");

  public static final RuleMeta META =
      RuleMeta.of("K8S019", RuleKind.KUBERNETES, "Set only safe sysctls")
          .severity(Severity.WARNING)
          .rationale(
              "Sysctls outside the safe set can affect other pods on the node or the node itself;"
                  + " the baseline standard allows only a short list of namespaced ones.")
          .aliases("KSV-0026", "KSV026", "unsafe-sysctls", "PSS:baseline:sysctls")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(Workload workload, FindingSink out) {
    WorkloadReport report = new WorkloadReport(workload, out);
    Optional<Field<YamlSeq>> sysctls =
        workload.podSpec().securityContext().flatMap(sc -> sc.seq("sysctls"));
    if (sysctls.isEmpty()) {
      return;
    }
    List<YamlNode> items = sysctls.get().value().items();
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) instanceof YamlMap m) {
        new MapView(m, JsonPointer.append(sysctls.get().pointer(), i))
            .string("name")
            .filter(f -> !SAFE.contains(f.value()))
            .ifPresent(f -> report.at(f, "the pod sets unsafe sysctl " + f.value()));
      }
    }
  }
}
