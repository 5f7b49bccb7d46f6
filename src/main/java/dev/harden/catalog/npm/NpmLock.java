package dev.harden.catalog.npm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The packages of an npm lock file, keyed by install path relative to the project root. Version 2
 * and 3 locks list them under {@code packages} by path; version 1 nests {@code dependencies},
 * which map onto the same paths ({@code node_modules/a/node_modules/b}).
 */
final class NpmLock {

  /** One locked package. An empty version is allowed for workspace members without one. */
  record Entry(String path, String name, String version, boolean dev, String resolved,
      String integrity, List<String> licenses) {}

  /** What npm accepts as a package name: lower-case-ish, optionally scoped. */
  static final Pattern VALID_NAME =
      Pattern.compile("^(@[a-zA-Z0-9][\\w.\\-~]*/)?[a-zA-Z0-9_.][\\w.\\-~]*$");

  private NpmLock() {}

  /** Entries by path; invalid names are collected into {@code problems}. */
  static Map<String, Entry> entries(JsonNode lock, List<String> problems) {
    Map<String, Entry> out = new TreeMap<>();
    JsonNode packages = lock.get("packages");
    if (packages != null && packages.isObject() && packages.size() > 0) {
      fromPackages(packages, out, problems);
    } else {
      JsonNode deps = lock.get("dependencies");
      if (deps != null && deps.isObject()) {
        fromDependencies(deps, "", false, out, problems);
      }
    }
    return out;
  }

  private static void fromPackages(JsonNode packages, Map<String, Entry> out, List<String> problems) {
    // workspace members are reached through links (node_modules/NAME -> functions/dir); a member
    // nothing links to is not installed, and the link's name is the one code requires it by
    Map<String, String> linkNames = new TreeMap<>();
    Iterator<Map.Entry<String, JsonNode>> links = packages.fields();
    while (links.hasNext()) {
      Map.Entry<String, JsonNode> e = links.next();
      if (e.getValue().path("link").asBoolean(false)) {
        linkNames.put(e.getValue().path("resolved").asText(""), lastPackageName(e.getKey()));
      }
    }
    Iterator<Map.Entry<String, JsonNode>> it = packages.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String path = e.getKey();
      JsonNode v = e.getValue();
      if (path.isEmpty() || v.path("link").asBoolean(false)) {
        continue; // the root project itself, and links to workspace members (listed on their own)
      }
      boolean workspaceMember = !path.startsWith("node_modules/") && !path.contains("/node_modules/");
      if (workspaceMember && !linkNames.containsKey(path)) {
        continue;
      }
      String dirName = workspaceMember ? linkNames.get(path) : lastPackageName(path);
      String name = v.path("name").asText(dirName);
      if (!VALID_NAME.matcher(name).matches()) {
        problems.add("lock entry " + path + ": not a package name: " + name);
        continue;
      }
      out.put(path, new Entry(path, name, v.path("version").asText(""), v.path("dev").asBoolean(false),
          text(v, "resolved"), text(v, "integrity"), NpmLicenses.of(v)));
    }
  }

  /** Version 1 nesting; a dependency only reachable through a dev dependency is dev too. */
  private static void fromDependencies(JsonNode deps, String parent, boolean parentDev,
      Map<String, Entry> out, List<String> problems) {
    Iterator<Map.Entry<String, JsonNode>> it = deps.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = e.getKey();
      JsonNode v = e.getValue();
      if (!VALID_NAME.matcher(key).matches()) {
        problems.add("lock dependency " + parent + key + ": not a package name");
        continue;
      }
      String path = parent + "node_modules/" + key;
      String name = key;
      String version = v.path("version").asText("");
      if (version.startsWith("npm:")) { // alias: "npm:real-name@1.2.3"
        String spec = version.substring(4);
        int at = spec.lastIndexOf('@');
        if (at > 0) {
          name = spec.substring(0, at);
          version = spec.substring(at + 1);
        }
      }
      boolean dev = parentDev || v.path("dev").asBoolean(false);
      out.put(path, new Entry(path, name, version, dev, text(v, "resolved"), text(v, "integrity"),
          NpmLicenses.of(v)));
      JsonNode nested = v.get("dependencies");
      if (nested != null && nested.isObject()) {
        fromDependencies(nested, path + "/", dev, out, problems);
      }
    }
  }

  /** The package name a path ends with: {@code a/node_modules/@s/b} gives {@code @s/b}. */
  static String lastPackageName(String path) {
    int nm = path.lastIndexOf("node_modules/");
    String tail = nm < 0 ? path.substring(path.lastIndexOf('/') + 1) : path.substring(nm + 13);
    return tail;
  }

  private static String text(JsonNode v, String field) {
    JsonNode n = v.get(field);
    return n == null || !n.isTextual() ? "" : n.asText();
  }
}
