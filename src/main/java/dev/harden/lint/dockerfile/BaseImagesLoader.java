package dev.harden.lint.dockerfile;

import dev.harden.dockerfile.ImageReference;
import dev.harden.io.InputException;
import dev.harden.io.yaml.SafeYaml;
import dev.harden.io.yaml.YamlNodes;
import dev.harden.lint.dockerfile.BaseImage.Family;
import dev.harden.lint.dockerfile.BaseImage.Kind;
import dev.harden.lint.dockerfile.BaseImage.Variant;
import dev.harden.lint.dockerfile.BaseImageEntry.TagWord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads base-images.yaml into typed entries. Unknown keys and values are errors naming the line, so
 * a typo in the data fails the tests instead of silently changing an answer.
 */
final class BaseImagesLoader {

  private static final Set<String> TOP =
      Set.of("tagWords", "mirrors", "binaryRuntimes", "repositories", "prefixes");
  private static final Set<String> ENTRY =
      Set.of("family", "kind", "packageManager", "defaultUser", "lean", "latestTag", "variants",
          "variantMajors", "versionTags", "runtimeImage", "tagWords", "majors");
  private static final Set<String> WORD =
      Set.of("prefix", "lean", "suite", "keep", "noVariant", "family", "packageManager", "kind",
          "defaultUser");

  private final String file;

  private BaseImagesLoader(String file) {
    this.file = file;
  }

  static BaseImages load(String file, byte[] yaml) throws InputException {
    return new BaseImagesLoader(file).read(yaml);
  }

  private BaseImages read(byte[] yaml) throws InputException {
    List<Node> docs = new SafeYaml(new SafeYaml.Limits(1 << 20, 0, 20)).loadAll(file, yaml);
    if (docs.size() != 1) {
      throw new InputException(file, "expected one YAML document, found " + docs.size());
    }
    Map<String, Node> top = YamlNodes.mapping(file, docs.get(0), "the knowledge base", TOP);
    Map<String, TagWord> words = new LinkedHashMap<>();
    if (top.containsKey("tagWords")) {
      words = tagWords(top.get("tagWords"));
    }
    List<String> mirrors = new ArrayList<>();
    if (top.containsKey("mirrors")) {
      mirrors.addAll(YamlNodes.strings(file, top.get("mirrors"), "mirrors"));
    }
    Map<String, ImageReference> runtimes = new LinkedHashMap<>();
    if (top.containsKey("binaryRuntimes")) {
      for (Map.Entry<String, Node> e : YamlNodes.mapping(file, top.get("binaryRuntimes"),
          "binaryRuntimes", BaseImages.LINKAGES).entrySet()) {
        String ref = YamlNodes.scalar(file, e.getValue(), e.getKey());
        try {
          runtimes.put(e.getKey(), ImageReference.parse(ref));
        } catch (IllegalArgumentException bad) {
          throw new InputException(file, YamlNodes.line(e.getValue()), "bad image reference '"
              + ref + "': " + bad.getMessage());
        }
      }
    }
    Map<String, BaseImageEntry> repositories = entries(top.get("repositories"), "repositories");
    Map<String, BaseImageEntry> prefixes = entries(top.get("prefixes"), "prefixes");
    return new BaseImages(words, mirrors, runtimes, repositories, prefixes);
  }

  private Map<String, BaseImageEntry> entries(Node node, String what) throws InputException {
    Map<String, BaseImageEntry> out = new LinkedHashMap<>();
    if (node == null) {
      return out;
    }
    for (Map.Entry<String, Node> e : YamlNodes.mapping(file, node, what, Set.of()).entrySet()) {
      out.put(e.getKey(), entry(e.getKey(), e.getValue()));
    }
    return out;
  }

  private BaseImageEntry entry(String name, Node node) throws InputException {
    Map<String, Node> m = YamlNodes.mapping(file, node, name, ENTRY);
    for (String required : List.of("family", "kind", "packageManager")) {
      if (!m.containsKey(required)) {
        throw new InputException(file, YamlNodes.line(node), name + " needs " + required);
      }
    }
    Map<Variant, String> variants = new LinkedHashMap<>();
    if (m.containsKey("variants")) {
      Map<String, Node> v = YamlNodes.mapping(file, m.get("variants"), name + ".variants",
          Set.of("slim", "alpine", "distroless"));
      for (Map.Entry<String, Node> e : v.entrySet()) {
        variants.put(Variant.parse(e.getKey()), text(e.getValue(), name + ".variants"));
      }
    }
    Map<Variant, List<String>> variantMajors = new LinkedHashMap<>();
    if (m.containsKey("variantMajors")) {
      Map<String, Node> v = YamlNodes.mapping(file, m.get("variantMajors"),
          name + ".variantMajors", Set.of("slim", "alpine", "distroless"));
      for (Map.Entry<String, Node> e : v.entrySet()) {
        variantMajors.put(Variant.parse(e.getKey()),
            YamlNodes.strings(file, e.getValue(), name + ".variantMajors"));
      }
    }
    Map<String, TagWord> majors = new LinkedHashMap<>();
    if (m.containsKey("majors")) {
      majors = tagWords(m.get("majors"));
    }
    return new BaseImageEntry(
        value(m, "family", Family::parse),
        value(m, "kind", Kind::parse),
        value(m, "packageManager", PackageManager::parse),
        value(m, "defaultUser", Function.identity()),
        bool(m, "lean").orElse(false),
        value(m, "latestTag", Function.identity()),
        variants,
        variantMajors,
        bool(m, "versionTags").orElse(true),
        value(m, "runtimeImage", Function.identity()),
        m.containsKey("tagWords") ? tagWords(m.get("tagWords")) : Map.of(),
        majors);
  }

  private Map<String, TagWord> tagWords(Node node) throws InputException {
    Map<String, TagWord> out = new LinkedHashMap<>();
    Map<String, Node> all = YamlNodes.mapping(file, node, "tagWords", Set.of());
    for (Map.Entry<String, Node> e : all.entrySet()) {
      Map<String, Node> w = YamlNodes.mapping(file, e.getValue(), "tag word " + e.getKey(), WORD);
      out.put(e.getKey(), new TagWord(
          bool(w, "prefix").orElse(false),
          bool(w, "lean"),
          value(w, "suite", Function.identity()),
          bool(w, "keep").orElse(false),
          bool(w, "noVariant").orElse(false),
          value(w, "family", Family::parse),
          value(w, "packageManager", PackageManager::parse),
          value(w, "kind", Kind::parse),
          value(w, "defaultUser", Function.identity())));
    }
    return out;
  }

  private String text(Node node, String what) throws InputException {
    return YamlNodes.scalar(file, node, what);
  }

  private <T> Optional<T> value(Map<String, Node> m, String key, Function<String, T> parse)
      throws InputException {
    Node node = m.get(key);
    if (node == null) {
      return Optional.empty();
    }
    String raw = text(node, key);
    try {
      return Optional.of(parse.apply(raw));
    } catch (IllegalArgumentException e) {
      throw new InputException(file, YamlNodes.line(node),
          "bad value '" + raw + "' for " + key + ": " + e.getMessage());
    }
  }

  private Optional<Boolean> bool(Map<String, Node> m, String key) throws InputException {
    return value(m, key, raw -> {
      if (!raw.equals("true") && !raw.equals("false")) {
        throw new IllegalArgumentException("expected true or false");
      }
      return raw.equals("true");
    });
  }
}
