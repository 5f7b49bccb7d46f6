package dev.harden.k8s;

import java.util.Optional;

/**
 * One document of a file ({@code ---} separated, or one JSON value).
 *
 * @param index 0-based position in the file
 * @param root the document's node; a null scalar for an empty document
 */
public record YamlDocument(int index, YamlNode root) {

  /** The root when it is a mapping (every Kubernetes object is one). */
  public Optional<YamlMap> rootMap() {
    return root instanceof YamlMap m ? Optional.of(m) : Optional.empty();
  }
}
