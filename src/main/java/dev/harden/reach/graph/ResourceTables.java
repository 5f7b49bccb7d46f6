package dev.harden.reach.graph;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Loads the analysis' data tables: JSON with {@code //} comments, beside the class that uses
 * them. They ship with harden, so a malformed one is a bug and fails loudly; keys are checked so
 * a typo does not silently drop a rule.
 */
public final class ResourceTables {

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS).build();

  private ResourceTables() {}

  /** The table's entries (a JSON array of objects), each checked against {@code keys}. */
  public static List<JsonNode> load(Class<?> owner, String name, Set<String> keys) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " missing from the class path");
      }
      JsonNode root = JSON.readTree(in);
      if (root == null || !root.isArray()) {
        throw new IllegalStateException(name + ": expected an array of entries");
      }
      List<JsonNode> entries = new ArrayList<>();
      for (JsonNode e : root) {
        for (Iterator<String> it = e.fieldNames(); it.hasNext(); ) {
          String key = it.next();
          if (!keys.contains(key)) {
            throw new IllegalStateException(name + ": unknown key " + key);
          }
        }
        entries.add(e);
      }
      return entries;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A string field, null when absent. */
  public static String text(JsonNode entry, String key) {
    JsonNode v = entry.get(key);
    return v == null || v.isNull() ? null : v.asText();
  }

  /** A list of strings, empty when absent. */
  public static List<String> texts(JsonNode entry, String key) {
    JsonNode v = entry.get(key);
    if (v == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (JsonNode item : v) {
      out.add(item.asText());
    }
    return out;
  }
}
