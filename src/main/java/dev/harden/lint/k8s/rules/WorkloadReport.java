package dev.harden.lint.k8s.rules;

import dev.harden.k8s.Container;
import dev.harden.k8s.ContainerSecurity;
import dev.harden.k8s.Field;
import dev.harden.k8s.SourceText;
import dev.harden.k8s.Workload;
import dev.harden.lint.FindingSink;
import dev.harden.lint.Location;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * How a Kubernetes rule reports: at a field that is wrong, or at the container (or pod spec) when
 * the field is missing. Every finding carries the object ({@code kind/namespace/name}), the
 * container, the JSON pointer of the field and the document index in {@link Location#details()}.
 * A pod-level setting inherited by several containers is reported once, without a container.
 */
public final class WorkloadReport {

  private final Workload workload;
  private final FindingSink sink;
  private final Set<String> seen = new HashSet<>();

  public WorkloadReport(Workload workload, FindingSink sink) {
    this.workload = workload;
    this.sink = sink;
  }

  /** The location of a char offset in the workload's file, with the Kubernetes details. */
  public static Location location(Workload w, int offset, String pointer, String container) {
    SourceText source = w.object().file().source();
    Map<String, String> details = new TreeMap<>();
    details.put("object", w.object().id());
    details.put("pointer", pointer);
    details.put("document", Integer.toString(w.object().document().index()));
    if (container != null) {
      details.put("container", container);
    }
    return new Location(source.name(), source.line(offset), source.column(offset), details);
  }

  /**
   * True when {@code field} is set for {@code container} alone: written in the container, or a
   * per-container annotation ({@code container.seccomp...}/{@code container.apparmor...}) naming
   * it. False when the pod sets it for all its containers.
   */
  public static boolean inContainer(Field<?> field, Container container) {
    if (container == null) {
      return false;
    }
    String p = field.pointer();
    return p.startsWith(container.pointer() + "/")
        || (p.contains("/annotations/container.")
            && p.endsWith("~1" + container.name().replace("~", "~0").replace("/", "~1")));
  }

  /**
   * A field that is set to something wrong. When the pod sets it for {@code container}, the
   * finding has no container, so write the message without naming one.
   */
  public void at(Field<?> field, Container container, String message) {
    emit(field.offset(), field.pointer(), inContainer(field, container) ? container.name() : null, message);
  }

  /** A field of the pod (not of a container) that is set to something wrong. */
  public void at(Field<?> field, String message) {
    at(field, null, message);
  }

  /** A container field that is missing; {@code pointer} is where it would be. */
  public void missing(Container container, String pointer, String message) {
    emit(container.offset(), pointer, container.name(), message);
  }

  /**
   * A boolean container setting that must be {@code wanted}: reported at the container when
   * missing ({@code pointer} is where it would go), at the field when it has the other value.
   */
  public void expect(
      Container container,
      Optional<Field<Boolean>> field,
      boolean wanted,
      String pointer,
      String missingMessage,
      String wrongMessage) {
    if (field.isEmpty()) {
      missing(container, pointer, missingMessage);
    } else if (field.get().value() != wanted) {
      at(field.get(), container, wrongMessage);
    }
  }

  /**
   * An id setting of 0 ({@code runAsUser}, {@code runAsGroup}: root): in the effective security
   * context of each container ({@code effective}, the container's own or the pod's), or in the
   * pod's when the pod spec lists no containers. {@code note} follows the message of a container.
   */
  public void rootId(
      String key, Function<ContainerSecurity, Optional<Field<Long>>> effective, String note) {
    List<Container> containers = workload.podSpec().containers();
    if (containers.isEmpty()) {
      workload.podSpec().securityContext().flatMap(sc -> sc.integer(key))
          .filter(f -> f.value() == 0)
          .ifPresent(f -> at(f, "the pod sets " + key + ": 0"));
    }
    for (Container c : containers) {
      Optional<Field<Long>> id = effective.apply(workload.security(c));
      if (id.isPresent() && id.get().value() == 0) {
        boolean own = inContainer(id.get(), c);
        at(id.get(), c, (own ? describe(c) : "the pod") + " sets " + key + ": 0" + note);
      }
    }
  }

  /** A pod field that is missing; {@code pointer} is where it would be. */
  public void missingInPod(String pointer, String message) {
    emit(workload.podSpec().offset(), pointer, null, message);
  }

  private void emit(int offset, String pointer, String container, String message) {
    if (seen.add(pointer + "\n" + container + "\n" + message)) {
      sink.report(location(workload, offset, pointer, container), message);
    }
  }

  /** {@code container "name"}, for messages. */
  public static String describe(Container c) {
    String what =
        switch (c.kind()) {
          case CONTAINER -> "container";
          case INIT -> "init container";
          case EPHEMERAL -> "ephemeral container";
        };
    return what + " \"" + c.name() + "\"";
  }
}
