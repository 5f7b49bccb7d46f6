package dev.harden.image;

import dev.harden.io.Digest;
import java.util.Map;

/**
 * A content descriptor (OCI): what a manifest or index says about a blob it points to.
 *
 * @param platform set on index entries that declare one; null otherwise
 * @param annotations never null
 */
public record Descriptor(
    String mediaType, Digest digest, long size, Platform platform, Map<String, String> annotations) {

  public Descriptor {
    annotations = annotations == null ? Map.of() : Map.copyOf(annotations);
  }

  public Descriptor(String mediaType, Digest digest, long size) {
    this(mediaType, digest, size, null, Map.of());
  }
}
