package dev.harden.match;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Translates Trivy's integration fixture DB (bolt buckets written as YAML) into OSV records: one
 * record per CVE id, one affected entry per (bucket, package). OS buckets ({@code debian 9},
 * {@code alpine 3.10}) become {@code Debian:9} / {@code Alpine:v3.10} entries keyed by source
 * package with {@code fixed: FixedVersion} (open-ended when there is none); language buckets
 * become npm/Maven entries whose ranges come from {@code VulnerableVersions} constraints.
 */
final class TrivyFixtureDb {

  private TrivyFixtureDb() {}

  /** Writes the OSV records of the given fixture files into {@code out}; returns their count. */
  @SuppressWarnings("unchecked")
  static int translate(List<Path> fixtures, Path out) throws IOException {
    Map<String, ObjectNode> records = new LinkedHashMap<>();
    for (Path f : fixtures) {
      List<Object> buckets =
          (List<Object>) new Load(LoadSettings.builder().build()).loadFromString(Files.readString(f));
      for (Object b : buckets) {
        Map<String, Object> bucket = (Map<String, Object>) b;
        String ecosystem = ecosystem((String) bucket.get("bucket"));
        for (Object p : (List<Object>) bucket.get("pairs")) {
          Map<String, Object> pkg = (Map<String, Object>) p;
          String name = (String) pkg.get("bucket");
          for (Object v : (List<Object>) pkg.get("pairs")) {
            Map<String, Object> vuln = (Map<String, Object>) v;
            String id = (String) vuln.get("key");
            Map<String, Object> value = (Map<String, Object>) vuln.get("value");
            ObjectNode record = records.computeIfAbsent(id, k -> OsvForms.record(k, null));
            if (value.containsKey("VulnerableVersions")) {
              List<Object> patched = (List<Object>) value.getOrDefault("PatchedVersions", List.of());
              String firstPatched = patched.isEmpty() ? null : patched.get(0).toString();
              for (Object constraint : (List<Object>) value.get("VulnerableVersions")) {
                addConstraint(record, ecosystem, name, constraint.toString(), firstPatched);
              }
            } else {
              OsvForms.addAffected(record, ecosystem, name, (String) value.get("FixedVersion"));
            }
          }
        }
      }
    }
    for (ObjectNode r : records.values()) {
      OsvForms.write(out, r.get("id").asText(), r);
    }
    return records.size();
  }

  private static String ecosystem(String bucket) {
    if (bucket.startsWith("npm::")) {
      return "npm";
    }
    if (bucket.startsWith("maven::")) {
      return "Maven";
    }
    String[] f = bucket.split(" ");
    return switch (f[0]) {
      case "debian" -> "Debian:" + f[1];
      case "alpine" -> "Alpine:" + (f[1].equals("edge") ? "edge" : "v" + f[1]);
      default -> throw new IllegalArgumentException("unknown fixture bucket " + bucket);
    };
  }

  /**
   * One range from a constraint: {@code < X}, {@code >= A, < B}, {@code >= A, <= B}, or Maven
   * interval notation {@code [A,B)}. An inclusive upper bound becomes {@code fixed: <patched>}
   * when a patched version is known (as GitHub's own OSV export writes it), else
   * {@code last_affected}.
   */
  private static void addConstraint(
      ObjectNode record, String ecosystem, String name, String c, String patched) {
    ObjectNode a = OsvForms.addAffected(record, ecosystem, name, null);
    ArrayNode events = (ArrayNode) a.get("ranges").get(0).get("events");
    events.removeAll();
    String s = c.strip();
    if (s.startsWith("[") && s.endsWith(")")) {
      String[] bounds = s.substring(1, s.length() - 1).split(",");
      events.addObject().put("introduced", bounds[0].strip());
      events.addObject().put("fixed", bounds[1].strip());
      return;
    }
    String introduced = "0";
    for (String part : s.split(",")) {
      String p = part.strip();
      if (p.startsWith(">=")) {
        introduced = p.substring(2).strip();
      }
    }
    events.addObject().put("introduced", introduced);
    for (String part : s.split(",")) {
      String p = part.strip();
      if (p.startsWith("<=")) {
        if (patched != null) {
          events.addObject().put("fixed", patched);
        } else {
          events.addObject().put("last_affected", p.substring(2).strip());
        }
      } else if (p.startsWith("<")) {
        events.addObject().put("fixed", p.substring(1).strip());
      }
    }
  }
}
