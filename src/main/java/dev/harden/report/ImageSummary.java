package dev.harden.report;

import dev.harden.image.BaseImage;
import dev.harden.image.ImageConfig;
import dev.harden.image.LayerInfo;
import dev.harden.image.fs.OsRelease;
import java.util.List;
import java.util.Optional;

/**
 * What reports say about the image itself.
 *
 * @param subject the image as the user named it
 * @param digest the manifest digest ({@code sha256:...}), empty for a root filesystem directory
 * @param platform {@code os/architecture[/variant]}, empty for a directory
 * @param os the detected distribution, empty for scratch-like images
 * @param layers bottom first, empty for a directory
 * @param config the run configuration (user, entrypoint, cmd, env...), empty for a directory
 * @param base the base image the image records (OCI {@code base.name}/{@code base.digest}
 *     annotations), empty when it records none
 */
public record ImageSummary(
    String subject,
    Optional<String> digest,
    Optional<String> platform,
    Optional<OsRelease> os,
    List<LayerInfo> layers,
    Optional<ImageConfig.Container> config,
    Optional<BaseImage> base) {

  public ImageSummary {
    layers = List.copyOf(layers);
  }

  /** The layer with this index, when there is one. */
  public Optional<LayerInfo> layer(int index) {
    return index >= 0 && index < layers.size() ? Optional.of(layers.get(index)) : Optional.empty();
  }
}
