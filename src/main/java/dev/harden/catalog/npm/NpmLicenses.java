package dev.harden.catalog.npm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The licence a package.json or lock entry declares, in all the shapes npm has accepted:
 * {@code "license": "MIT"}, {@code "license": {"type": "MIT"}}, {@code "licenses": [{"type":
 * ...}]} and arrays of strings.
 */
final class NpmLicenses {

  private NpmLicenses() {}

  static List<String> of(JsonNode pkg) {
    List<String> out = new ArrayList<>();
    add(pkg.get("license"), out);
    add(pkg.get("licenses"), out);
    return out;
  }

  private static void add(JsonNode node, List<String> out) {
    if (node == null || node.isNull()) {
      return;
    }
    if (node.isTextual()) {
      String s = node.asText().trim();
      if (!s.isEmpty()) {
        out.add(s);
      }
    } else if (node.isObject()) {
      add(node.get("type"), out);
    } else if (node.isArray()) {
      for (JsonNode n : node) {
        add(n, out);
      }
    }
  }
}
