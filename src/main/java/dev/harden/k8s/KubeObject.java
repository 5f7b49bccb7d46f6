package dev.harden.k8s;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One Kubernetes object in a file: a document, or an item of a {@code List} kind (whose root
 * pointer is then {@code /items/N}).
 */
public final class KubeObject extends MapView {

  private final ManifestFile file;
  private final YamlDocument document;

  KubeObject(ManifestFile file, YamlDocument document, YamlMap map, String pointer) {
    super(map, pointer);
    this.file = file;
    this.document = document;
  }

  /** Every object of a file, in order; documents that are not objects are skipped. */
  public static List<KubeObject> of(ManifestFile file) {
    List<KubeObject> out = new ArrayList<>();
    for (YamlDocument doc : file.documents()) {
      Optional<YamlMap> root = doc.rootMap();
      if (root.isEmpty()) {
        continue;
      }
      KubeObject object = new KubeObject(file, doc, root.get(), "");
      Optional<YamlSeq> items = root.get().seq("items");
      if (object.kind().endsWith("List") && items.isPresent()) {
        List<YamlNode> list = items.get().items();
        for (int i = 0; i < list.size(); i++) {
          if (list.get(i) instanceof YamlMap item) {
            out.add(new KubeObject(file, doc, item, JsonPointer.append("/items", i)));
          }
        }
      } else {
        out.add(object);
      }
    }
    return out;
  }

  public ManifestFile file() {
    return file;
  }

  public YamlDocument document() {
    return document;
  }

  public String kind() {
    return map().string("kind").orElse("");
  }

  public String apiVersion() {
    return map().string("apiVersion").orElse("");
  }

  /** The API group of {@code apiVersion} ({@code ""} for the core group {@code v1}). */
  public String apiGroup() {
    String v = apiVersion();
    int slash = v.indexOf('/');
    return slash < 0 ? "" : v.substring(0, slash);
  }

  public Optional<String> name() {
    Optional<MapView> meta = child("metadata");
    return meta.flatMap(m -> m.string("name"))
        .map(Field::value)
        .or(() -> meta.flatMap(m -> m.string("generateName")).map(f -> f.value() + "*"));
  }

  public Optional<String> namespace() {
    return child("metadata").flatMap(m -> m.string("namespace")).map(Field::value);
  }

  /**
   * {@code kind/namespace/name}, or {@code kind/name} without a namespace (the way {@code kubectl}
   * names resources); an object without a name shows {@code (unnamed)}.
   */
  public String id() {
    String name = name().orElse("(unnamed)");
    return namespace().map(ns -> kind() + "/" + ns + "/" + name).orElse(kind() + "/" + name);
  }
}
