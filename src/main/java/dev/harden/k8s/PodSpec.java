package dev.harden.k8s;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A pod spec: of a Pod, or the template of a controller. */
public final class PodSpec extends MapView {

  public PodSpec(YamlMap map, String pointer) {
    super(map, pointer);
  }

  /** Every container: regular, then init, then ephemeral. */
  public List<Container> containers() {
    List<Container> out = new ArrayList<>();
    for (ContainerKind kind : ContainerKind.values()) {
      Optional<Field<YamlSeq>> list = seq(kind.field());
      if (list.isEmpty()) {
        continue;
      }
      List<YamlNode> items = list.get().value().items();
      for (int i = 0; i < items.size(); i++) {
        if (items.get(i) instanceof YamlMap m) {
          out.add(new Container(m, JsonPointer.append(list.get().pointer(), i), kind, i));
        }
      }
    }
    return out;
  }

  public Optional<SecurityContext> securityContext() {
    return child("securityContext").map(v -> new SecurityContext(v.map(), v.pointer()));
  }

  public List<Volume> volumes() {
    List<Volume> out = new ArrayList<>();
    Optional<Field<YamlSeq>> list = seq("volumes");
    if (list.isPresent()) {
      List<YamlNode> items = list.get().value().items();
      for (int i = 0; i < items.size(); i++) {
        if (items.get(i) instanceof YamlMap m) {
          out.add(new Volume(m, JsonPointer.append(list.get().pointer(), i)));
        }
      }
    }
    return out;
  }
}
