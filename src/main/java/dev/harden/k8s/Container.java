package dev.harden.k8s;

import java.util.Optional;

/** One container of a pod spec: a regular, init or ephemeral container. */
public final class Container extends MapView {

  private final ContainerKind kind;
  private final int index;

  public Container(YamlMap map, String pointer, ContainerKind kind, int index) {
    super(map, pointer);
    this.kind = kind;
    this.index = index;
  }

  public ContainerKind kind() {
    return kind;
  }

  /** Position in its list. */
  public int index() {
    return index;
  }

  /** The container's name, or {@code initContainers[0]}-style when it has none. */
  public String name() {
    return string("name").map(Field::value).orElse(kind.field() + "[" + index + "]");
  }

  public Optional<Field<String>> image() {
    return string("image");
  }

  public Optional<SecurityContext> securityContext() {
    return child("securityContext").map(v -> new SecurityContext(v.map(), v.pointer()));
  }
}
