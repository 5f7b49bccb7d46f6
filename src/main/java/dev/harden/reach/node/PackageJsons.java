package dev.harden.reach.node;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.harden.reach.graph.ImageView;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code package.json} files of the image, read once each: what resolution needs ({@code main},
 * {@code exports}, {@code imports}, {@code type}, {@code name}). A file that is not JSON counts as
 * absent, as Node would fail on it only when it matters.
 */
final class PackageJsons {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ImageView view;
  private final Map<String, Optional<JsonNode>> cache = new HashMap<>();

  PackageJsons(ImageView view) {
    this.view = view;
  }

  /** The parsed {@code DIR/package.json}, if there is a readable one. */
  Optional<JsonNode> in(String dir) {
    return cache.computeIfAbsent(dir, d -> {
      Optional<String> text = view.textAt(d + "/package.json");
      if (text.isEmpty()) {
        return Optional.empty();
      }
      try {
        JsonNode node = JSON.readTree(text.get());
        return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
      } catch (JsonProcessingException e) {
        return Optional.empty();
      }
    });
  }

  /** The directory of the nearest {@code package.json} at or above {@code dir}. */
  Optional<String> scopeOf(String dir) {
    String d = dir;
    while (true) {
      if (in(d).isPresent()) {
        return Optional.of(d);
      }
      if (d.equals("/") || d.isEmpty()) {
        return Optional.empty();
      }
      int slash = d.lastIndexOf('/');
      d = slash <= 0 ? "/" : d.substring(0, slash);
      if (d.endsWith("/node_modules")) {
        return Optional.empty();
      }
    }
  }

  /** True when the file is an ES module: {@code .mjs}, or {@code .js} under {@code "type": "module"}. */
  boolean isModule(String file) {
    if (file.endsWith(".mjs")) {
      return true;
    }
    if (!file.endsWith(".js")) {
      return false;
    }
    String dir = file.substring(0, Math.max(file.lastIndexOf('/'), 1));
    return scopeOf(dir).flatMap(this::in)
        .map(p -> "module".equals(p.path("type").asText())).orElse(false);
  }
}
