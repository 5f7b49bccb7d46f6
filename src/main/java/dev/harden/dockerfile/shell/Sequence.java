package dev.harden.dockerfile.shell;

import java.util.List;

/**
 * A list of pipelines and what joins each to the next: {@code connectors.get(i)} follows {@code
 * pipelines.get(i)} ({@link Connector#END} after the last one). And-or lists and {@code ;}-lists
 * share this one shape: rules ask "what follows this command", not for operator precedence.
 */
public record Sequence(List<Pipeline> pipelines, List<Connector> connectors) {

  public Sequence {
    pipelines = List.copyOf(pipelines);
    connectors = List.copyOf(connectors);
    if (pipelines.size() != connectors.size()) {
      throw new IllegalArgumentException("one connector per pipeline");
    }
  }

  public static Sequence empty() {
    return new Sequence(List.of(), List.of());
  }

  public boolean isEmpty() {
    return pipelines.isEmpty();
  }
}
