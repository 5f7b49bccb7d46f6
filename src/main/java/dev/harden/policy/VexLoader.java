package dev.harden.policy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.harden.io.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads VEX documents given with {@code --vex}: OpenVEX (v0.0.x and v0.2.x, products as strings or
 * objects, statement-level subcomponents of the early versions) and CycloneDX VEX (a BOM whose
 * {@code vulnerabilities} carry an {@code analysis}; {@code affects[].ref} resolved through the
 * BOM's components, or taken as a purl). A document that is neither, or a statement without
 * vulnerability or status, is an input error naming the file and the statement.
 */
public final class VexLoader {

  /**
   * The whole document is held as a tree while it is read: 16 MiB (tens of thousands of
   * statements) is read within a 256 MiB heap; 32 MiB is not.
   */
  static final long MAX_BYTES = 16L << 20;

  /** Real VEX nests a few levels (CycloneDX components within components a few more). */
  static final int MAX_DEPTH = 200;

  /**
   * A repeated key is an error: readers that keep the first and readers that keep the last would
   * see different statements in the same document.
   */
  private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build())
      .build();

  private int order;

  /** All statements of the files, in the order given (later files win ties of timestamp). */
  public List<VexStatement> load(List<Path> files) throws InputException {
    List<VexStatement> out = new ArrayList<>();
    for (Path f : files) {
      out.addAll(load(f));
    }
    return out;
  }

  public List<VexStatement> load(Path file) throws InputException {
    String name = file.toString();
    JsonNode root;
    try {
      if (!Files.isRegularFile(file)) {
        throw new InputException(name, "VEX file not found");
      }
      if (Files.size(file) > MAX_BYTES) {
        throw new InputException(name, "VEX file is " + Files.size(file)
            + " bytes, over the limit of " + MAX_BYTES + " bytes");
      }
      root = JSON.readTree(Files.readAllBytes(file));
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new InputException(name, line, "not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new InputException(name, "cannot read: " + e.getMessage());
    }
    if (root == null || !root.isObject()) {
      throw new InputException(name, "not a VEX document: expected a JSON object");
    }
    if (root.path("@context").asText("").startsWith("https://openvex.dev/ns")) {
      return openVex(name, root);
    }
    if ("CycloneDX".equals(root.path("bomFormat").asText())) {
      return cycloneDx(name, root);
    }
    throw new InputException(name, "not a VEX document: neither OpenVEX (@context"
        + " https://openvex.dev/ns) nor CycloneDX (bomFormat CycloneDX)");
  }

  private List<VexStatement> openVex(String file, JsonNode root) throws InputException {
    Instant docTime = time(file, "timestamp", root.get("timestamp"));
    JsonNode statements = root.get("statements");
    if (statements == null || !statements.isArray()) {
      throw new InputException(file, "OpenVEX document without a statements list");
    }
    List<VexStatement> out = new ArrayList<>();
    for (int i = 0; i < statements.size(); i++) {
      String place = "statements[" + i + "]";
      JsonNode st = statements.get(i);
      JsonNode vuln = st.get("vulnerability");
      String vulnName;
      List<String> aliases = new ArrayList<>();
      if (vuln != null && vuln.isTextual()) {
        vulnName = vuln.asText();
      } else if (vuln != null && vuln.isObject() && vuln.path("name").isTextual()) {
        vulnName = vuln.get("name").asText();
        vuln.path("aliases").forEach(a -> aliases.add(a.asText()));
      } else {
        throw new InputException(file, place + ": no vulnerability name");
      }
      if (!st.path("status").isTextual()) {
        throw new InputException(file, place + ": no status");
      }
      VexStatus status;
      try {
        status = VexStatus.parseOpenVex(st.get("status").asText());
      } catch (IllegalArgumentException e) {
        throw new InputException(file, place + ": " + e.getMessage());
      }
      List<PurlPattern> shared = new ArrayList<>();
      for (JsonNode sub : st.path("subcomponents")) {
        addPurl(file, place + ".subcomponents", sub, shared);
      }
      List<VexStatement.Product> products = new ArrayList<>();
      JsonNode ps = st.path("products");
      for (int p = 0; p < ps.size(); p++) {
        JsonNode product = ps.get(p);
        List<PurlPattern> own = new ArrayList<>();
        addPurl(file, place + ".products[" + p + "]", product, own);
        List<PurlPattern> subs = new ArrayList<>(shared);
        for (JsonNode sub : product.path("subcomponents")) {
          addPurl(file, place + ".products[" + p + "].subcomponents", sub, subs);
        }
        products.add(new VexStatement.Product(own.isEmpty() ? null : own.get(0), subs));
      }
      Instant when = st.has("timestamp") ? time(file, place + ".timestamp", st.get("timestamp"))
          : docTime;
      out.add(new VexStatement(file, place, "openvex", vulnName, aliases, products, status,
          text(st, "justification"), text(st, "impact_statement"), when, order++));
    }
    return out;
  }

  private List<VexStatement> cycloneDx(String file, JsonNode root) throws InputException {
    Map<String, String> purlByRef = new HashMap<>();
    collectComponents(root.path("metadata").path("component"), purlByRef);
    root.path("components").forEach(c -> collectComponents(c, purlByRef));
    Instant docTime = time(file, "metadata.timestamp", root.path("metadata").get("timestamp"));
    List<VexStatement> out = new ArrayList<>();
    JsonNode vulns = root.path("vulnerabilities");
    for (int i = 0; i < vulns.size(); i++) {
      String place = "vulnerabilities[" + i + "]";
      JsonNode v = vulns.get(i);
      if (!v.path("id").isTextual()) {
        throw new InputException(file, place + ": no id");
      }
      List<String> aliases = new ArrayList<>();
      v.path("references").forEach(r -> {
        if (r.path("id").isTextual()) {
          aliases.add(r.get("id").asText());
        }
      });
      JsonNode analysis = v.path("analysis");
      VexStatus status = VexStatus.AFFECTED;
      if (analysis.path("state").isTextual()) {
        try {
          status = VexStatus.parseCycloneDx(analysis.get("state").asText());
        } catch (IllegalArgumentException e) {
          throw new InputException(file, place + ".analysis: " + e.getMessage());
        }
      }
      List<VexStatement.Product> products = new ArrayList<>();
      JsonNode affects = v.path("affects");
      for (int a = 0; a < affects.size(); a++) {
        String ref = affects.get(a).path("ref").asText("");
        String key = ref.startsWith("urn:cdx:") && ref.contains("#")
            ? ref.substring(ref.indexOf('#') + 1) : ref;
        String purl = purlByRef.getOrDefault(key, key.startsWith("pkg:") ? key : null);
        if (purl == null) {
          continue;  // a reference to something that has no package URL cannot match a package
        }
        List<PurlPattern> one = new ArrayList<>();
        addPurl(file, place + ".affects[" + a + "]", JSON.getNodeFactory().textNode(purl), one);
        products.add(new VexStatement.Product(one.get(0), List.of()));
      }
      Instant when = analysis.has("lastUpdated")
          ? time(file, place + ".analysis.lastUpdated", analysis.get("lastUpdated")) : docTime;
      String detail = text(analysis, "detail");
      out.add(new VexStatement(file, place, "cyclonedx", v.get("id").asText(), aliases,
          products, status, text(analysis, "justification"), detail, when, order++));
    }
    return out;
  }

  private static void collectComponents(JsonNode c, Map<String, String> purlByRef) {
    if (c == null || !c.isObject()) {
      return;
    }
    if (c.path("bom-ref").isTextual() && c.path("purl").isTextual()) {
      purlByRef.put(c.get("bom-ref").asText(), c.get("purl").asText());
    }
    c.path("components").forEach(child -> collectComponents(child, purlByRef));
  }

  /** A product or subcomponent: a purl string, or an object with a purl {@code @id} or identifier. */
  private static void addPurl(String file, String place, JsonNode node, List<PurlPattern> out)
      throws InputException {
    String text = null;
    if (node.isTextual()) {
      text = node.asText();
    } else if (node.isObject()) {
      if (node.path("identifiers").path("purl").isTextual()) {
        text = node.get("identifiers").get("purl").asText();
      } else if (node.path("@id").asText("").startsWith("pkg:")) {
        text = node.get("@id").asText();
      }
    }
    if (text == null || !text.startsWith("pkg:")) {
      return;  // identified by something other than a purl (a CPE, a hash): harden cannot match it
    }
    try {
      out.add(PurlPattern.parse(text));
    } catch (IllegalArgumentException e) {
      throw new InputException(file, place + ": " + e.getMessage());
    }
  }

  private static Instant time(String file, String place, JsonNode node) throws InputException {
    if (node == null || node.isNull()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(node.asText()).toInstant();
    } catch (DateTimeParseException e) {
      throw new InputException(file, place + ": not an RFC 3339 timestamp: " + node.asText());
    }
  }

  private static String text(JsonNode node, String key) {
    JsonNode v = node.get(key);
    return v != null && v.isTextual() && !v.asText().isBlank() ? v.asText() : null;
  }
}
