package dev.harden.reach.layers;

import java.util.List;

/**
 * Where the base image ends in this image's layers, and how that was decided. Layers
 * {@code [0, baseLayers)} came with the base image ({@code origin: base}); the rest were added by
 * the application's build ({@code origin: app}).
 *
 * @param basis which source decided
 * @param baseLayers how many bottom layers belong to the base (0: FROM scratch, or none known)
 * @param baseName the base image as named by the source (a reference, a path, {@code scratch}),
 *     or null
 * @param detail one sentence on how the boundary was found, for reports
 * @param notes why earlier sources in the order were not used (an unreadable --base, a tag that
 *     moved), empty when the first applicable one decided
 */
public record BaseAttribution(
    Basis basis, int baseLayers, String baseName, String detail, List<String> notes) {

  /** The sources, in the order they are tried. */
  public enum Basis {
    /** {@code --base IMAGE}: its diff ids are a prefix of this image's. */
    FLAG("flag"),
    /** {@code org.opencontainers.image.base.*} annotations or labels, resolved to the image. */
    ANNOTATION("annotation"),
    /** The final stage's {@code FROM} of {@code --dockerfile}, resolved to the image. */
    DOCKERFILE("dockerfile"),
    /** The documented heuristic over the image history. */
    GUESSED("guessed"),
    /** The source has no layers (a root filesystem directory). */
    NONE("none");

    private final String id;

    Basis(String id) {
      this.id = id;
    }

    /** As JSON and text print it. */
    public String id() {
      return id;
    }
  }

  public BaseAttribution {
    notes = List.copyOf(notes);
  }

  /** The origin of a layer index; null when there are no layers. */
  public Origin originOf(int layer) {
    if (basis == Basis.NONE || layer < 0) {
      return null;
    }
    return layer < baseLayers ? Origin.BASE : Origin.APP;
  }
}
