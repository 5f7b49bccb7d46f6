package dev.harden.k8s;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A {@code securityContext} mapping, of a pod or of a container. */
public final class SecurityContext extends MapView {

  public SecurityContext(YamlMap map, String pointer) {
    super(map, pointer);
  }

  /** {@code capabilities.add} (empty when absent). */
  public List<Field<String>> addedCapabilities() {
    return capabilityList("add");
  }

  /** {@code capabilities.drop} (empty when absent). */
  public List<Field<String>> droppedCapabilities() {
    return capabilityList("drop");
  }

  /** The {@code capabilities} mapping, when present. */
  public Optional<MapView> capabilities() {
    return child("capabilities");
  }

  private List<Field<String>> capabilityList(String key) {
    List<Field<String>> out = new ArrayList<>();
    Optional<MapView> caps = capabilities();
    if (caps.isEmpty()) {
      return out;
    }
    Optional<Field<YamlSeq>> seq = caps.get().seq(key);
    if (seq.isEmpty()) {
      return out;
    }
    List<YamlNode> items = seq.get().value().items();
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) instanceof YamlScalar s && !s.isNull()) {
        out.add(new Field<>(s.value(), s, s, JsonPointer.append(seq.get().pointer(), i)));
      }
    }
    return out;
  }

  /**
   * A capability name the way container runtimes read it: upper case, without a {@code CAP_}
   * prefix.
   */
  public static String normalizeCapability(String name) {
    String upper = name.trim().toUpperCase(Locale.ROOT);
    return upper.startsWith("CAP_") ? upper.substring(4) : upper;
  }
}
