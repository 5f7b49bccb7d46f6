package dev.harden.fix.k8s;

import dev.harden.fix.Fix;
import dev.harden.fix.FixSafety;
import dev.harden.k8s.NewValue;
import dev.harden.lint.k8s.rules.K8s026AutomountServiceAccountToken;
import java.util.List;
import java.util.Optional;

/** K8S026: sets the pod's {@code automountServiceAccountToken: false}. */
final class NoServiceAccountTokenFix implements ManifestFix {

  @Override
  public String ruleId() {
    return K8s026AutomountServiceAccountToken.META.id();
  }

  @Override
  public Optional<Fix> fix(FixTarget target) {
    return target.fix(
        FixSafety.SUGGESTED,
        "set automountServiceAccountToken: false on the pod",
        "an application that calls the Kubernetes API (controllers, operators, service discovery"
            + " clients) loses its credentials",
        List.of(
            target.patcher()
                .set(target.workload().podSpec().map(), List.of("automountServiceAccountToken"), NewValue.bool(false))));
  }
}
