package dev.harden.policy;

import dev.harden.io.InputException;
import dev.harden.io.yaml.SafeYaml;
import dev.harden.io.yaml.YamlNodes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads {@code .harden-allow.yaml}: a YAML list of entries, or a mapping whose {@code entries} key
 * holds that list. Each entry has an {@code id} (or alias), optional scope ({@code purl},
 * {@code package}, {@code path}, {@code image}, {@code rule}), and {@code reason}, {@code ticket},
 * {@code expires}. Unknown keys, wrong shapes and bad dates are errors with the line.
 */
public final class AllowlistLoader {

  /** The file looked for in the working directory when {@code --allow} is not given. */
  public static final String FILE_NAME = ".harden-allow.yaml";

  private static final Set<String> KEYS = Set.of("id", "purl", "package", "path", "image",
      "rule", "reason", "ticket", "expires");
  private static final SafeYaml.Limits LIMITS = new SafeYaml.Limits(4 << 20, 10, 20);

  private AllowlistLoader() {}

  public static Allowlist load(Path file) throws InputException {
    if (!Files.isRegularFile(file)) {
      throw new InputException(file.toString(), "allowlist file not found");
    }
    // the size is checked before the file is read, so a huge file is an error, not a full heap
    return parse(file.toString(), new SafeYaml(LIMITS).loadAll(file));
  }

  static Allowlist parse(String name, byte[] bytes) throws InputException {
    return parse(name, new SafeYaml(LIMITS).loadAll(name, bytes));
  }

  private static Allowlist parse(String name, List<Node> docs) throws InputException {
    if (docs.size() > 1) {
      throw new InputException(name, YamlNodes.line(docs.get(1)),
          "an allowlist file holds one YAML document");
    }
    YamlFields y = new YamlFields(name);
    List<AllowEntry> entries = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    if (docs.isEmpty() || isNull(docs.get(0))) {
      return new Allowlist(Optional.of(name), entries, warnings);
    }
    Node list = docs.get(0);
    if (list instanceof MappingNode) {
      Map<String, Node> top = YamlNodes.mapping(name, list, "the allowlist", Set.of("entries"));
      if (!top.containsKey("entries")) {
        throw y.error(list, "the allowlist mapping needs an entries list");
      }
      list = top.get("entries");
    }
    for (Node item : y.items(list, "the allowlist")) {
      AllowEntry e = entry(y, item);
      entries.add(e);
      if (e.reason() == null || e.reason().isBlank()) {
        warnings.add(name + ":" + e.line() + ": entry " + e.id() + " gives no reason");
      }
      if (e.expires() == null) {
        warnings.add(name + ":" + e.line() + ": entry " + e.id()
            + " never expires (add expires: YYYY-MM-DD)");
      }
    }
    return new Allowlist(Optional.of(name), entries, warnings);
  }

  private static AllowEntry entry(YamlFields y, Node node) throws InputException {
    Map<String, Node> m = YamlNodes.mapping(y.file(), node, "an allowlist entry", KEYS);
    if (!m.containsKey("id")) {
      throw y.error(node, "an allowlist entry needs an id (an advisory or rule id, or an alias)");
    }
    String id = y.string(m.get("id"), "id").trim();
    if (id.isEmpty()) {
      throw y.error(m.get("id"), "id must not be empty");
    }
    PurlPattern purl = null;
    if (m.containsKey("purl")) {
      try {
        purl = PurlPattern.parse(y.string(m.get("purl"), "purl"));
      } catch (IllegalArgumentException e) {
        throw y.error(m.get("purl"), e.getMessage());
      }
    }
    String pkg = text(y, m, "package");
    String path = text(y, m, "path");
    String image = text(y, m, "image");
    LocalDate expires = m.containsKey("expires") ? y.date(m.get("expires"), "expires") : null;
    return new AllowEntry(y.file(), YamlNodes.line(node), id, purl, pkg,
        path == null ? null : Glob.of(path, false), image == null ? null : Glob.of(image, false),
        text(y, m, "rule"), text(y, m, "reason"), text(y, m, "ticket"), expires);
  }

  private static String text(YamlFields y, Map<String, Node> m, String key)
      throws InputException {
    if (!m.containsKey(key)) {
      return null;
    }
    String v = y.string(m.get(key), key).trim();
    return v.isEmpty() ? null : v;
  }

  private static boolean isNull(Node node) {
    return node instanceof org.snakeyaml.engine.v2.nodes.ScalarNode s
        && (s.getValue().isEmpty() || s.getValue().equals("null") || s.getValue().equals("~"));
  }
}
