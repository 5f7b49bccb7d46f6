package dev.harden.report.sarif;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.report.Json;
import dev.harden.report.RenderOptions;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds one SARIF 2.1.0 log with a single run. Rules are declared once in
 * {@code tool.driver.rules} and results point at them by id and index; every result carries a
 * stable fingerprint so code-scanning services can track it across runs.
 */
public final class SarifLog {

  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String INFORMATION_URI = "https://github.com/harden-dev/harden";

  private final RenderOptions options;
  private final Map<String, Integer> ruleIndex = new LinkedHashMap<>();
  private final ArrayNode rules = Json.mapper().createArrayNode();
  private final ArrayNode results = Json.mapper().createArrayNode();

  public SarifLog(RenderOptions options) {
    this.options = options;
  }

  /** Declares a rule (idempotent) and returns its index. */
  public int rule(RuleMeta meta) {
    return rule(meta.id(), meta.title(), meta.rationale(), level(meta.severity()),
        options.docsBase() + meta.docPath(), meta.aliases(), meta.hardening(),
        List.of(meta.kind().label()));
  }

  /** Declares a rule that is not a lint rule (an advisory, an image check) and returns its index. */
  public int rule(String id, String title, String description, String level, String helpUri,
      List<String> aliases, Integer hardening, List<String> tags) {
    Integer known = ruleIndex.get(id);
    if (known != null) {
      return known;
    }
    ObjectNode r = rules.addObject();
    r.put("id", id);
    r.put("name", id);
    r.putObject("shortDescription").put("text", title);
    r.putObject("fullDescription").put("text", description.isEmpty() ? title : description);
    if (helpUri != null) {
      r.put("helpUri", helpUri);
    }
    r.putObject("defaultConfiguration").put("level", level);
    ObjectNode props = r.putObject("properties");
    ArrayNode a = props.putArray("aliases");
    aliases.forEach(a::add);
    if (hardening == null) {
      props.putNull("hardening");
    } else {
      props.put("hardening", hardening);
    }
    ArrayNode t = props.putArray("tags");
    tags.forEach(t::add);
    int index = ruleIndex.size();
    ruleIndex.put(id, index);
    return index;
  }

  /**
   * Adds a result. {@code uri} is the artifact path as the user gave it; line/column 0 means the
   * whole artifact (no region).
   */
  public ObjectNode result(String ruleId, String level, String message, String uri, int line,
      int column, Map<String, String> properties) {
    Integer index = ruleIndex.get(ruleId);
    if (index == null) {
      throw new IllegalStateException("rule not declared: " + ruleId);
    }
    ObjectNode r = results.addObject();
    r.put("ruleId", ruleId);
    r.put("ruleIndex", index);
    r.put("level", level);
    r.putObject("message").put("text", message);
    ObjectNode physical = r.putArray("locations").addObject().putObject("physicalLocation");
    physical.putObject("artifactLocation").put("uri", uri(uri));
    if (line > 0) {
      ObjectNode region = physical.putObject("region");
      region.put("startLine", line);
      if (column > 0) {
        region.put("startColumn", column);
      }
    }
    r.putObject("partialFingerprints")
        .put("harden/v1", fingerprint(ruleId, uri, message, properties));
    if (!properties.isEmpty()) {
      ObjectNode props = r.putObject("properties");
      properties.forEach(props::put);
    }
    return r;
  }

  public static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO, STYLE -> "note";
    };
  }

  /** The finished log. */
  public String render() {
    ObjectNode root = Json.object();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "harden");
    driver.put("version", options.toolVersion());
    driver.put("informationUri", INFORMATION_URI);
    driver.set("rules", rules);
    run.set("results", results);
    run.put("columnKind", "unicodeCodePoints");
    return Json.write(root);
  }

  /** Artifact URIs are relative paths with forward slashes; other strings are kept as given. */
  static String uri(String path) {
    String p = path.replace('\\', '/');
    return p.startsWith("./") ? p.substring(2) : p;
  }

  /**
   * A fingerprint that survives line moves: the rule, the artifact, the message and the
   * location details (object, container, pointer, package), not the line number.
   */
  private static String fingerprint(String ruleId, String uri, String message,
      Map<String, String> properties) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update((ruleId + "\u0000" + uri + "\u0000" + message + "\u0000"
          + new java.util.TreeMap<>(properties)).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
