package dev.harden.fix.k8s;

import dev.harden.fix.Fix;
import dev.harden.fix.FixSafety;
import dev.harden.k8s.MapView;
import dev.harden.k8s.NewValue;
import dev.harden.k8s.PodSpec;
import dev.harden.lint.k8s.rules.K8s010SeccompProfileMissing;
import java.util.List;
import java.util.Optional;

/**
 * K8S010: sets the pod's {@code securityContext.seccompProfile.type: RuntimeDefault}, which covers
 * every container that sets no profile of its own. Containers with their own profile keep it.
 */
final class RuntimeDefaultSeccompFix implements ManifestFix {

  @Override
  public String ruleId() {
    return K8s010SeccompProfileMissing.META.id();
  }

  @Override
  public Optional<Fix> fix(FixTarget target) {
    if (WindowsPods.isWindows(target.workload())) {
      return Optional.empty();
    }
    PodSpec pod = target.workload().podSpec();
    Optional<MapView> existing =
        pod.securityContext().flatMap(sc -> sc.child("seccompProfile"));
    if (existing.flatMap(p -> p.any("localhostProfile")).isPresent()) {
      return Optional.empty();
    }
    return target.fix(
        FixSafety.SAFE,
        "set the pod's seccompProfile to RuntimeDefault",
        "RuntimeDefault is the container runtime's own profile, the one Docker and Podman apply to"
            + " every container; it blocks only system calls applications do not make",
        List.of(
            target.patcher()
                .set(pod.map(), List.of("securityContext", "seccompProfile", "type"), NewValue.string("RuntimeDefault"))));
  }
}
