package dev.harden.k8s;

/** The three lists a pod spec keeps containers in, in the order we visit them. */
public enum ContainerKind {
  CONTAINER("containers"),
  INIT("initContainers"),
  EPHEMERAL("ephemeralContainers");

  private final String field;

  ContainerKind(String field) {
    this.field = field;
  }

  /** The pod spec field holding this kind of container. */
  public String field() {
    return field;
  }
}
