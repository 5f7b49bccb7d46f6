package dev.harden.image;

import java.util.List;
import java.util.Map;

/** An OCI image index or a Docker manifest list: manifests (or nested indexes) per platform. */
public record IndexManifest(
    int schemaVersion, String mediaType, List<Descriptor> manifests, Map<String, String> annotations) {

  public IndexManifest {
    manifests = List.copyOf(manifests);
    annotations = annotations == null ? Map.of() : Map.copyOf(annotations);
  }
}
