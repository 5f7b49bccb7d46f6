package dev.harden.k8s;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The security settings that apply to one container, merged the way the kubelet merges them: a
 * field set in the container's {@code securityContext} wins over the pod's. Settings that exist
 * only per container (privileged, capabilities, ...) come from the container alone. Seccomp and
 * AppArmor also honour their legacy annotations, below the fields.
 */
public final class ContainerSecurity {

  static final String SECCOMP_POD_ANNOTATION = "seccomp.security.alpha.kubernetes.io/pod";
  static final String SECCOMP_CONTAINER_ANNOTATION = "container.seccomp.security.alpha.kubernetes.io/";
  static final String APPARMOR_CONTAINER_ANNOTATION =
      "container.apparmor.security.beta.kubernetes.io/";

  private final Workload workload;
  private final Container container;

  ContainerSecurity(Workload workload, Container container) {
    this.workload = workload;
    this.container = container;
  }

  public Container container() {
    return container;
  }

  /** The container's own securityContext. */
  public Optional<SecurityContext> own() {
    return container.securityContext();
  }

  /** The pod's securityContext. */
  public Optional<SecurityContext> pod() {
    return workload.podSpec().securityContext();
  }

  private <T> Optional<T> merged(Function<SecurityContext, Optional<T>> read) {
    Optional<T> own = own().flatMap(read);
    return own.isPresent() ? own : pod().flatMap(read);
  }

  public Optional<Field<Boolean>> runAsNonRoot() {
    return merged(sc -> sc.bool("runAsNonRoot"));
  }

  public Optional<Field<Long>> runAsUser() {
    return merged(sc -> sc.integer("runAsUser"));
  }

  public Optional<Field<Long>> runAsGroup() {
    return merged(sc -> sc.integer("runAsGroup"));
  }

  /** {@code seLinuxOptions}: the container's whole struct, else the pod's. */
  public Optional<MapView> seLinuxOptions() {
    return merged(sc -> sc.child("seLinuxOptions"));
  }

  /** {@code windowsOptions.hostProcess}. */
  public Optional<Field<Boolean>> hostProcess() {
    return merged(sc -> sc.child("windowsOptions").flatMap(w -> w.bool("hostProcess")));
  }

  /**
   * The seccomp profile in force: container field, pod field, container annotation, pod
   * annotation, first one set wins. A {@code seccompProfile} without {@code type} counts as unset.
   */
  public Optional<Profile> seccompProfile() {
    Optional<Profile> field = merged(sc -> profileField(sc, "seccompProfile"));
    if (field.isPresent()) {
      return field;
    }
    Optional<Field<String>> annotation =
        container
            .string("name")
            .flatMap(n -> workload.annotation(SECCOMP_CONTAINER_ANNOTATION + n.value()))
            .or(() -> workload.annotation(SECCOMP_POD_ANNOTATION));
    return annotation.map(Profile::fromAnnotation);
  }

  /** The AppArmor profile in force: container field, container annotation, pod field. */
  public Optional<Profile> appArmorProfile() {
    Optional<Profile> own = own().flatMap(sc -> profileField(sc, "appArmorProfile"));
    if (own.isPresent()) {
      return own;
    }
    Optional<Profile> annotation =
        container
            .string("name")
            .flatMap(n -> workload.annotation(APPARMOR_CONTAINER_ANNOTATION + n.value()))
            .map(Profile::fromAnnotation);
    return annotation.isPresent()
        ? annotation
        : pod().flatMap(sc -> profileField(sc, "appArmorProfile"));
  }

  private static Optional<Profile> profileField(SecurityContext sc, String key) {
    return sc.child(key).flatMap(p -> p.string("type")).map(Profile::fromField);
  }

  public Optional<Field<Boolean>> privileged() {
    return own().flatMap(sc -> sc.bool("privileged"));
  }

  public Optional<Field<Boolean>> allowPrivilegeEscalation() {
    return own().flatMap(sc -> sc.bool("allowPrivilegeEscalation"));
  }

  public Optional<Field<Boolean>> readOnlyRootFilesystem() {
    return own().flatMap(sc -> sc.bool("readOnlyRootFilesystem"));
  }

  public Optional<Field<String>> procMount() {
    return own().flatMap(sc -> sc.string("procMount"));
  }

  public List<Field<String>> addedCapabilities() {
    return own().map(SecurityContext::addedCapabilities).orElse(List.of());
  }

  public List<Field<String>> droppedCapabilities() {
    return own().map(SecurityContext::droppedCapabilities).orElse(List.of());
  }
}
