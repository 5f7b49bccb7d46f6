package dev.harden.image;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.harden.io.Digest;
import dev.harden.io.InputException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads manifests, indexes and configs from bytes that were already size-capped. Parsing limits
 * (nesting depth, string length) protect against JSON built to exhaust the parser; every problem
 * becomes an {@link InputException} naming the blob.
 */
public final class ImageJson {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(64)
                          .maxStringLength(4 << 20)
                          .maxNumberLength(64)
                          .build())
                  .build())
          .disable(JsonReadFeature.ALLOW_TRAILING_COMMA.mappedFeature())
          .build();

  private ImageJson() {}

  /** The JSON tree of a small document; throws when it is not a JSON object. */
  public static JsonNode tree(byte[] json, String source) throws InputException {
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new InputException(source, "not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new InputException(source, "unreadable JSON: " + e.getMessage());
    }
    if (node == null || !(node.isObject() || node.isArray())) {
      throw new InputException(source, "expected a JSON object");
    }
    return node;
  }

  /** The media type a manifest-like document declares, or infers from its shape. */
  public static String mediaTypeOf(JsonNode doc) {
    String declared = text(doc, "mediaType");
    if (declared != null) {
      return declared;
    }
    if (doc.has("manifests")) {
      return MediaTypes.OCI_INDEX;
    }
    if (doc.has("config") && doc.has("layers")) {
      return MediaTypes.OCI_MANIFEST;
    }
    return null;
  }

  public static Manifest manifest(JsonNode doc, String source) throws InputException {
    requireSchema2(doc, source);
    JsonNode config = doc.get("config");
    if (config == null || !config.isObject()) {
      throw new InputException(source, "manifest has no config descriptor");
    }
    List<Descriptor> layers = new ArrayList<>();
    JsonNode ls = doc.get("layers");
    if (ls == null || !ls.isArray()) {
      throw new InputException(source, "manifest has no layers array");
    }
    for (JsonNode l : ls) {
      layers.add(descriptor(l, source));
    }
    return new Manifest(2, mediaTypeOf(doc), descriptor(config, source), layers,
        stringMap(doc.get("annotations")));
  }

  public static IndexManifest index(JsonNode doc, String source) throws InputException {
    requireSchema2(doc, source);
    JsonNode ms = doc.get("manifests");
    if (ms == null || !ms.isArray()) {
      throw new InputException(source, "index has no manifests array");
    }
    List<Descriptor> manifests = new ArrayList<>();
    for (JsonNode m : ms) {
      manifests.add(descriptor(m, source));
    }
    return new IndexManifest(2, mediaTypeOf(doc), manifests, stringMap(doc.get("annotations")));
  }

  public static ImageConfig config(byte[] json, String source) throws InputException {
    JsonNode doc = tree(json, source);
    if (!doc.isObject()) {
      throw new InputException(source, "config is not a JSON object");
    }
    List<Digest> diffIds = new ArrayList<>();
    JsonNode rootfs = doc.path("rootfs");
    for (JsonNode d : rootfs.path("diff_ids")) {
      diffIds.add(digest(d.asText(null), source, "rootfs.diff_ids"));
    }
    List<ImageConfig.History> history = new ArrayList<>();
    for (JsonNode h : doc.path("history")) {
      history.add(new ImageConfig.History(text(h, "created"), text(h, "created_by"),
          text(h, "comment"), h.path("empty_layer").asBoolean(false)));
    }
    JsonNode c = doc.get("config");
    ImageConfig.Container container = ImageConfig.Container.EMPTY;
    if (c != null && c.isObject()) {
      container = new ImageConfig.Container(text(c, "User"), strings(c.get("Env")),
          nullableStrings(c.get("Entrypoint")), nullableStrings(c.get("Cmd")),
          text(c, "WorkingDir"), stringMap(c.get("Labels")), keys(c.get("ExposedPorts")),
          keys(c.get("Volumes")), text(c, "StopSignal"));
    }
    return new ImageConfig(text(doc, "architecture"), text(doc, "os"), text(doc, "variant"),
        text(doc, "created"), container, diffIds, history);
  }

  public static Descriptor descriptor(JsonNode d, String source) throws InputException {
    if (d == null || !d.isObject()) {
      throw new InputException(source, "descriptor is not a JSON object");
    }
    Digest digest = digest(text(d, "digest"), source, "descriptor digest");
    long size = d.path("size").asLong(-1);
    if (size < 0) {
      throw new InputException(source, "descriptor " + digest + " has no valid size");
    }
    Platform platform = null;
    JsonNode p = d.get("platform");
    if (p != null && p.isObject()) {
      platform = new Platform(text(p, "os"), text(p, "architecture"), text(p, "variant"));
    }
    return new Descriptor(text(d, "mediaType"), digest, size, platform,
        stringMap(d.get("annotations")));
  }

  static Digest digest(String text, String source, String what) throws InputException {
    try {
      return Digest.parse(text);
    } catch (IllegalArgumentException e) {
      throw new InputException(source, what + ": " + e.getMessage());
    }
  }

  private static void requireSchema2(JsonNode doc, String source) throws InputException {
    if (!doc.isObject()) {
      throw new InputException(source, "expected a JSON object");
    }
    int v = doc.path("schemaVersion").asInt(-1);
    if (v != 2) {
      throw new InputException(source, "unsupported schemaVersion " + doc.path("schemaVersion")
          + " (only schema 2 manifests and OCI manifests are read)");
    }
  }

  public static String text(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    return v == null || !v.isValueNode() || v.isNull() ? null : v.asText();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array != null && array.isArray()) {
      for (JsonNode s : array) {
        if (s.isValueNode() && !s.isNull()) {
          out.add(s.asText());
        }
      }
    }
    return out;
  }

  private static List<String> nullableStrings(JsonNode array) {
    if (array == null || array.isNull()) {
      return null;
    }
    if (array.isTextual()) {
      return List.of(array.asText());
    }
    return strings(array);
  }

  private static List<String> keys(JsonNode object) {
    List<String> out = new ArrayList<>();
    if (object != null && object.isObject()) {
      object.fieldNames().forEachRemaining(out::add);
    }
    return out;
  }

  private static Map<String, String> stringMap(JsonNode object) {
    Map<String, String> out = new LinkedHashMap<>();
    if (object != null && object.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> it = object.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getValue().isValueNode() && !e.getValue().isNull()) {
          out.put(e.getKey(), e.getValue().asText());
        }
      }
    }
    return out;
  }
}
