package dev.harden.reach.layers;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What the user said about the base image: {@code --base IMAGE} (any target
 * {@code ImageSources} opens: an archive, a layout, a reference) and {@code --dockerfile F}.
 * Both may be absent; the annotations and the history are always available.
 */
public record BaseSource(Optional<String> baseImage, Optional<Path> dockerfile) {

  public static final BaseSource NONE = new BaseSource(Optional.empty(), Optional.empty());

  public static BaseSource of(String baseImage, Path dockerfile) {
    return new BaseSource(Optional.ofNullable(baseImage), Optional.ofNullable(dockerfile));
  }
}
