package dev.harden.fix.k8s;

import dev.harden.fix.Fix;
import dev.harden.fix.FixSafety;
import dev.harden.k8s.Container;
import dev.harden.k8s.ContainerSecurity;
import dev.harden.k8s.Field;
import dev.harden.k8s.NewValue;
import dev.harden.k8s.TextChange;
import dev.harden.lint.k8s.rules.K8s005RunAsNonRoot;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * K8S005: sets the container's {@code runAsNonRoot: true}, and a numeric {@code runAsUser} when the
 * image is known to run as root or as a user name (the kubelet cannot check a name): the name's
 * UID from the image's /etc/passwd, else {@value #NONROOT_UID}. Without image facts only
 * runAsNonRoot is set, so an image that runs as root fails to start with a clear error instead of
 * running under a UID it was not built for. Not offered when the container is told to run as UID 0.
 */
final class RunAsNonRootFix implements ManifestFix {

  /** The "nonroot" user of distroless and Chainguard images. */
  static final long NONROOT_UID = 65532;

  @Override
  public String ruleId() {
    return K8s005RunAsNonRoot.META.id();
  }

  @Override
  public Optional<Fix> fix(FixTarget target) {
    if (target.container().isEmpty() || WindowsPods.isWindows(target.workload())) {
      return Optional.empty();
    }
    Container c = target.container().get();
    ContainerSecurity security = target.workload().security(c);
    Optional<Field<Long>> user = security.runAsUser();
    if (user.isPresent() && user.get().value() == 0) {
      return Optional.empty();
    }
    List<Optional<TextChange>> changes = new ArrayList<>();
    changes.add(target.patcher().set(c.map(), List.of("securityContext", "runAsNonRoot"), NewValue.bool(true)));
    OptionalLong uid = user.isPresent() ? OptionalLong.empty() : uidFor(target.image());
    String description = "set runAsNonRoot: true in " + c.name();
    String reason;
    if (uid.isPresent()) {
      changes.add(
          target.patcher().set(c.map(), List.of("securityContext", "runAsUser"), NewValue.number(uid.getAsLong())));
      description += " and runAsUser: " + uid.getAsLong();
      reason =
          "the image runs as root or as a user name; under UID " + uid.getAsLong()
              + " the process may not be able to write files the image gives its own user";
    } else if (user.isPresent() || target.image().isPresent()) {
      reason = "the container already runs under a non-root UID; the kubelet now enforces it";
    } else {
      reason =
          "the kubelet refuses to start the container if its image runs as root or names its"
              + " user (USER app); give the image a numeric non-root USER, or pass the image so"
              + " harden can add runAsUser";
    }
    return target.fix(FixSafety.SUGGESTED, description, reason, changes);
  }

  private static OptionalLong uidFor(Optional<ImageFacts> image) {
    if (image.isEmpty()) {
      return OptionalLong.empty();
    }
    ImageFacts facts = image.get();
    if (facts.runsAsRoot()) {
      return OptionalLong.of(NONROOT_UID);
    }
    if (facts.numericUser().isPresent()) {
      return OptionalLong.empty();
    }
    long resolved = facts.uid().orElse(0);
    return OptionalLong.of(resolved > 0 ? resolved : NONROOT_UID);
  }
}
