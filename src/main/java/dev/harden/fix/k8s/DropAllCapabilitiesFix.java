package dev.harden.fix.k8s;

import dev.harden.fix.Fix;
import dev.harden.fix.FixSafety;
import dev.harden.k8s.Container;
import dev.harden.k8s.NewValue;
import dev.harden.lint.k8s.rules.K8s001DropAllCapabilities;
import java.util.List;
import java.util.Optional;

/** K8S001: adds {@code ALL} to the container's {@code capabilities.drop}. */
final class DropAllCapabilitiesFix implements ManifestFix {

  @Override
  public String ruleId() {
    return K8s001DropAllCapabilities.META.id();
  }

  @Override
  public Optional<Fix> fix(FixTarget target) {
    if (target.container().isEmpty()) {
      return Optional.empty();
    }
    Container c = target.container().get();
    return target.fix(
        FixSafety.SUGGESTED,
        "drop ALL capabilities in " + c.name(),
        "a process that needs a capability (binding a port below 1024, changing file owners at"
            + " start-up) fails until it is added back under capabilities.add",
        List.of(
            target.patcher()
                .append(c.map(), List.of("securityContext", "capabilities", "drop"), NewValue.string("ALL"))));
  }
}
