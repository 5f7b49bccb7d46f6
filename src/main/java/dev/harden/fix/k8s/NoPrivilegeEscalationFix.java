package dev.harden.fix.k8s;

import dev.harden.fix.Fix;
import dev.harden.fix.FixSafety;
import dev.harden.k8s.Container;
import dev.harden.k8s.ContainerSecurity;
import dev.harden.k8s.NewValue;
import dev.harden.k8s.SecurityContext;
import dev.harden.lint.k8s.rules.K8s008AllowPrivilegeEscalation;
import java.util.List;
import java.util.Optional;

/**
 * K8S008: sets {@code allowPrivilegeEscalation: false}. Not offered for privileged containers or
 * ones adding SYS_ADMIN (the API server rejects the combination) nor for Windows pods.
 */
final class NoPrivilegeEscalationFix implements ManifestFix {

  @Override
  public String ruleId() {
    return K8s008AllowPrivilegeEscalation.META.id();
  }

  @Override
  public Optional<Fix> fix(FixTarget target) {
    if (target.container().isEmpty() || WindowsPods.isWindows(target.workload())) {
      return Optional.empty();
    }
    Container c = target.container().get();
    ContainerSecurity security = target.workload().security(c);
    boolean privileged = security.privileged().map(f -> f.value()).orElse(false);
    boolean sysAdmin =
        security.addedCapabilities().stream()
            .anyMatch(f -> SecurityContext.normalizeCapability(f.value()).equals("SYS_ADMIN"));
    if (privileged || sysAdmin) {
      return Optional.empty();
    }
    return target.fix(
        FixSafety.SAFE,
        "set allowPrivilegeEscalation: false in " + c.name(),
        "only stops setuid binaries and file capabilities from raising privileges, which a"
            + " production process should not rely on",
        List.of(
            target.patcher()
                .set(c.map(), List.of("securityContext", "allowPrivilegeEscalation"), NewValue.bool(false))));
  }
}
