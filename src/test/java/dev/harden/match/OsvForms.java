package dev.harden.match;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes OSV records equivalent to other advisory formats, for tests: Alpine secdb files and
 * Debian security-tracker DSA entries (the forms Trivy's vuln-list keeps them in).
 */
final class OsvForms {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Debian release code names of the DSA entries. */
  private static final Map<String, String> DEBIAN_RELEASES =
      Map.of("buster", "10", "bullseye", "11", "bookworm", "12", "trixie", "13");

  private OsvForms() {}

  /** One OSV record per fixed id of an Alpine secdb file ({@code "0"} entries: never affected). */
  static void fromSecdb(Path secdb, Path outDir) throws IOException {
    JsonNode n = JSON.readTree(secdb.toFile());
    String name = n.path("name").asText();
    String ecosystem = "Alpine:" + n.path("distroversion").asText();
    for (Iterator<Map.Entry<String, JsonNode>> it = n.path("secfixes").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> fix = it.next();
      if (fix.getKey().equals("0")) {
        continue;
      }
      for (JsonNode idNode : fix.getValue()) {
        String id = idNode.asText();
        String osvId = "ALPINE-" + id;
        ObjectNode r = record(osvId, id.startsWith("CVE-") ? id : null);
        addAffected(r, ecosystem, name, fix.getKey());
        write(outDir, osvId + "-" + name, r);
      }
    }
  }

  /** One OSV record per DSA, an affected entry per release it names a fixed version for. */
  static void fromDsa(Path dsa, Path outDir) throws IOException {
    JsonNode n = JSON.readTree(dsa.toFile());
    String id = n.path("Header").path("ID").asText();
    ObjectNode r = record(id, null);
    ArrayNode aliases = r.putArray("aliases");
    for (JsonNode a : n.path("Annotations")) {
      if (a.path("Type").asText().equals("xref")) {
        a.path("Bugs").forEach(b -> aliases.add(b.asText()));
      } else if (a.path("Kind").asText().equals("fixed")) {
        String release = DEBIAN_RELEASES.get(a.path("Release").asText());
        addAffected(r, "Debian:" + release, a.path("Package").asText(), a.path("Version").asText());
      }
    }
    write(outDir, id, r);
  }

  static ObjectNode record(String id, String alias) {
    ObjectNode r = JSON.createObjectNode();
    r.put("schema_version", "1.6.0");
    r.put("id", id);
    r.put("modified", "2026-11-26T00:00:00Z");
    ArrayNode aliases = r.putArray("aliases");
    if (alias != null) {
      aliases.add(alias);
    }
    r.putArray("affected");
    return r;
  }

  /** Adds {@code introduced: 0, fixed: <fixed>} (open-ended when {@code fixed} is null). */
  static ObjectNode addAffected(ObjectNode r, String ecosystem, String name, String fixed) {
    ObjectNode a = ((ArrayNode) r.get("affected")).addObject();
    a.putObject("package").put("ecosystem", ecosystem).put("name", name);
    ArrayNode events = a.putArray("ranges").addObject().put("type", "ECOSYSTEM").putArray("events");
    events.addObject().put("introduced", "0");
    if (fixed != null) {
      events.addObject().put("fixed", fixed);
    }
    return a;
  }

  static void write(Path dir, String name, ObjectNode r) throws IOException {
    Files.createDirectories(dir);
    JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve(name + ".json").toFile(), r);
  }
}
