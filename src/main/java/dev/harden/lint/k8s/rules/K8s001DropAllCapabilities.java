package dev.harden.lint.k8s.rules;

import dev.harden.k8s.Container;
import dev.harden.k8s.ContainerSecurity;
import dev.harden.k8s.Field;
import dev.harden.k8s.JsonPointer;
import dev.harden.k8s.SecurityContext;
import dev.harden.k8s.Workload;
import dev.harden.lint.FindingSink;
import dev.harden.lint.Rule;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import java.util.List;

/** Hardening change ⑤: every container drops ALL Linux capabilities. */
public final class K8s001DropAllCapabilities implements Rule<Workload> {

  public static final RuleMeta META =
      RuleMeta.of("K8S001", RuleKind.KUBERNETES, "Drop ALL capabilities in every container")
          .severity(Severity.WARNING)
          .rationale(
              "Containers start with the runtime's default capabilities (CHOWN, SETUID, NET_RAW,"
                  + " ...), which most applications never use and exploits love; drop ALL and add"
                  + " back only what the process needs.")
          .aliases(
              "KSV-0003", "KSV003", "KSV-0106", "KSV106", "drop-net-raw-capability", "CapDropAll",
              "PSS:restricted:capabilities")
          .hardening(5)
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
      ContainerSecurity security = workload.security(c);
      List<Field<String>> dropped = security.droppedCapabilities();
      boolean dropsAll =
          dropped.stream().anyMatch(f -> SecurityContext.normalizeCapability(f.value()).equals("ALL"));
      if (dropsAll) {
        continue;
      }
      String message = WorkloadReport.describe(c) + " does not drop ALL capabilities";
      var dropField =
          security.own().flatMap(SecurityContext::capabilities).flatMap(caps -> caps.any("drop"));
      if (dropField.isPresent()) {
        report.at(dropField.get(), c, message + " (it drops only some)");
      } else {
        report.missing(
            c, JsonPointer.append(c.pointer(), "securityContext", "capabilities", "drop"), message);
      }
    }
  }
}
