package dev.harden.k8s;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A Kubernetes object that runs pods: a Pod, or a controller with a pod template (Deployment,
 * StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob, OpenShift
 * DeploymentConfig). Other objects (Services, ConfigMaps, RBAC, CRDs) are not workloads.
 */
public final class Workload {

  /** Where a kind keeps its pod: the API groups it lives in and the path to the pod object. */
  private record Shape(Set<String> groups, List<String> podPath) {}

  private static final List<String> TEMPLATE = List.of("spec", "template");

  private static final Map<String, Shape> SHAPES =
      Map.of(
          "Pod", new Shape(Set.of(""), List.of()),
          "ReplicationController", new Shape(Set.of(""), TEMPLATE),
          "Deployment", new Shape(Set.of("apps", "extensions"), TEMPLATE),
          "StatefulSet", new Shape(Set.of("apps"), TEMPLATE),
          "DaemonSet", new Shape(Set.of("apps", "extensions"), TEMPLATE),
          "ReplicaSet", new Shape(Set.of("apps", "extensions"), TEMPLATE),
          "Job", new Shape(Set.of("batch"), TEMPLATE),
          "CronJob", new Shape(Set.of("batch"), List.of("spec", "jobTemplate", "spec", "template")),
          "DeploymentConfig", new Shape(Set.of("apps.openshift.io", ""), TEMPLATE));

  private final KubeObject object;
  private final MapView pod;
  private final PodSpec podSpec;

  private Workload(KubeObject object, MapView pod, PodSpec podSpec) {
    this.object = object;
    this.pod = pod;
    this.podSpec = podSpec;
  }

  /**
   * The workload view of an object, or empty when the object is not a workload (or has no pod
   * spec to check). An object without {@code apiVersion} is taken at its kind.
   */
  public static Optional<Workload> of(KubeObject object) {
    Shape shape = SHAPES.get(object.kind());
    if (shape == null
        || !(object.apiVersion().isEmpty() || shape.groups().contains(object.apiGroup()))) {
      return Optional.empty();
    }
    MapView pod = object;
    for (String key : shape.podPath()) {
      Optional<MapView> next = pod.child(key);
      if (next.isEmpty()) {
        return Optional.empty();
      }
      pod = next.get();
    }
    MapView podObject = pod;
    return pod.child("spec")
        .map(s -> new Workload(object, podObject, new PodSpec(s.map(), s.pointer())));
  }

  public KubeObject object() {
    return object;
  }

  public PodSpec podSpec() {
    return podSpec;
  }

  /** The pod's metadata (the Pod's own, or the template's), when present. */
  public Optional<MapView> podMetadata() {
    return pod.child("metadata");
  }

  /** An annotation of the pod (template), with its position. */
  public Optional<Field<String>> annotation(String key) {
    return podMetadata().flatMap(m -> m.child("annotations")).flatMap(a -> a.string(key));
  }

  /** The pod's annotations mapping, when present. */
  public Optional<MapView> annotations() {
    return podMetadata().flatMap(m -> m.child("annotations"));
  }

  /** The security settings that apply to a container of this workload. */
  public ContainerSecurity security(Container container) {
    return new ContainerSecurity(this, container);
  }
}
