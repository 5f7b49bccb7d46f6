package dev.harden.vulndb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.harden.ecosystem.Ecosystem;
import dev.harden.io.InputException;
import dev.harden.version.AffectedRange;
import dev.harden.version.RangeEvent;
import dev.harden.version.RangeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads OSV records (JSON or YAML) into {@link Advisory} values. Affected entries of ecosystems
 * harden does not know (OSS-Fuzz, RubyGems, ...) and entries without a package are dropped; the
 * record is kept if anything is left, or returned with no affected entries for the caller to
 * count.
 */
public final class OsvParser {

  private final ObjectMapper json = new ObjectMapper();
  private final SeverityResolver severities = new SeverityResolver();

  /** Parses JSON text; {@code source} names the file (and zip entry) in errors. */
  public JsonNode readJson(String source, byte[] bytes) throws InputException {
    try {
      return json.readTree(bytes);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new InputException(source, line, "not valid JSON: " + e.getOriginalMessage());
    } catch (java.io.IOException e) {
      throw new InputException(source, "cannot read: " + e.getMessage());
    }
  }

  /** Parses YAML text (the form oss-fuzz-vulns keeps OSV records in) into the same tree. */
  public JsonNode readYaml(String source, byte[] bytes) throws InputException {
    try {
      Object doc =
          new Load(LoadSettings.builder().setLabel(source).build())
              .loadFromString(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
      return json.valueToTree(doc);
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
      throw new InputException(source, line, "not valid YAML: " + e.getProblem());
    } catch (YamlEngineException | IllegalArgumentException e) {
      throw new InputException(source, "not valid YAML: " + e.getMessage());
    }
  }

  /** True when the tree looks like an OSV record (an object with an id and OSV fields). */
  public static boolean isOsv(JsonNode n) {
    return n.isObject()
        && n.path("id").isTextual()
        && (n.has("affected") || n.has("modified") || n.has("withdrawn"));
  }

  /** Converts an OSV tree; fails on a record whose shape breaks the OSV schema. */
  public Advisory parse(String source, JsonNode n) throws InputException {
    Advisory a = parseWithoutSeverity(source, n);
    return a.withSeverity(severities.resolve(a.scores(), a.databaseSeverity(), List.of()));
  }

  /** As {@link #parse}, leaving the severity UNKNOWN (the store keeps it resolved already). */
  Advisory parseWithoutSeverity(String source, JsonNode n) throws InputException {
    String id = text(n, "id");
    if (id == null || id.isBlank()) {
      throw new InputException(source, "OSV record without an id");
    }
    List<String> aliases = strings(source, n.get("aliases"), "aliases");
    List<Advisory.ScoreEntry> scores = new ArrayList<>();
    JsonNode sev = n.get("severity");
    if (sev != null && !sev.isNull()) {
      requireArray(source, sev, id + ": severity");
      for (JsonNode s : sev) {
        scores.add(new Advisory.ScoreEntry(text(s, "type"), text(s, "score")));
      }
    }
    String dbSeverity = text(n.path("database_specific"), "severity");
    List<AffectedPackage> affected = new ArrayList<>();
    JsonNode aff = n.get("affected");
    if (aff != null && !aff.isNull()) {
      requireArray(source, aff, id + ": affected");
      for (JsonNode a : aff) {
        affectedPackage(source, id, a).ifPresent(affected::add);
        for (String where : List.of("ecosystem_specific", "database_specific")) {
          String s = text(a.path(where), "severity");
          if (s != null) {
            scores.add(new Advisory.ScoreEntry(where, s));
          }
        }
      }
    }
    String summary = text(n, "summary");
    return new Advisory(
        id, aliases, summary, text(n, "published"), text(n, "modified"), text(n, "withdrawn"),
        scores, dbSeverity, affected, Severity.UNKNOWN);
  }

  private Optional<AffectedPackage> affectedPackage(String source, String id, JsonNode a)
      throws InputException {
    JsonNode pkg = a.path("package");
    String osvEcosystem = text(pkg, "ecosystem");
    String name = text(pkg, "name");
    if (osvEcosystem == null || name == null) {
      return Optional.empty();
    }
    Optional<Ecosystem> eco = Ecosystem.fromOsv(osvEcosystem);
    if (eco.isEmpty()) {
      return Optional.empty();
    }
    List<AffectedRange> ranges = new ArrayList<>();
    JsonNode rs = a.get("ranges");
    if (rs != null && !rs.isNull()) {
      requireArray(source, rs, id + ": ranges");
      for (JsonNode r : rs) {
        Optional<RangeType> type = RangeType.fromOsv(text(r, "type"));
        if (type.isEmpty()) {
          throw new InputException(source, id + ": unknown range type " + r.path("type"));
        }
        List<RangeEvent> events = new ArrayList<>();
        requireArray(source, r.path("events"), id + ": range events");
        for (JsonNode e : r.path("events")) {
          for (Map.Entry<String, JsonNode> f : e.properties()) {
            RangeEvent ev = RangeEvent.of(f.getKey(), f.getValue().asText());
            if (ev == null) {
              throw new InputException(source, id + ": unknown range event " + f.getKey());
            }
            events.add(ev);
          }
        }
        ranges.add(new AffectedRange(type.get(), text(r, "repo"), events));
      }
    }
    Ecosystem e = eco.get();
    return Optional.of(
        new AffectedPackage(
            e,
            osvEcosystem,
            Ecosystem.releaseOf(osvEcosystem).flatMap(e::releaseKey).orElse(null),
            e.normaliseName(name),
            ranges,
            strings(source, a.get("versions"), id + ": versions")));
  }

  private static void requireArray(String source, JsonNode n, String what) throws InputException {
    if (!n.isArray()) {
      throw new InputException(source, what + " is not a list");
    }
  }

  private static List<String> strings(String source, JsonNode n, String what)
      throws InputException {
    if (n == null || n.isNull()) {
      return List.of();
    }
    requireArray(source, n, what);
    List<String> out = new ArrayList<>();
    for (JsonNode s : n) {
      out.add(s.asText());
    }
    return out;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n == null ? null : n.get(field);
    return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
  }
}
