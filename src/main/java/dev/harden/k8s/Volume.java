package dev.harden.k8s;

import java.util.Optional;
import java.util.Set;

/** One entry of a pod spec's {@code volumes}. */
public final class Volume extends MapView {

  /** Keys of a volume that are not its source. */
  private static final Set<String> NOT_A_SOURCE = Set.of("name");

  public Volume(YamlMap map, String pointer) {
    super(map, pointer);
  }

  public Optional<String> name() {
    return string("name").map(Field::value);
  }

  /** The volume source field ({@code hostPath}, {@code emptyDir}, ...), when there is one. */
  public Optional<Field<YamlNode>> source() {
    for (String key : map().keys()) {
      if (!NOT_A_SOURCE.contains(key)) {
        return any(key);
      }
    }
    return Optional.empty();
  }

  /** {@code hostPath.path}, when this is a hostPath volume. */
  public Optional<Field<String>> hostPath() {
    return child("hostPath").flatMap(h -> h.string("path"));
  }
}
