package dev.harden.vulndb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.harden.io.InputException;
import dev.harden.version.AffectedRange;
import dev.harden.version.RangeEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The stored form of an advisory: the OSV record cut down to the fields harden uses (no details,
 * references or credits), written as OSV JSON so that one parser reads both, then deflated.
 */
final class AdvisoryCodec {

  private final ObjectMapper json = new ObjectMapper();
  private final OsvParser parser = new OsvParser();

  byte[] encode(Advisory a) {
    ObjectNode n = json.createObjectNode();
    n.put("id", a.id());
    ArrayNode aliases = n.putArray("aliases");
    a.aliases().forEach(aliases::add);
    n.put("summary", a.summary());
    putIfPresent(n, "published", a.published());
    putIfPresent(n, "modified", a.modified());
    putIfPresent(n, "withdrawn", a.withdrawn());
    ArrayNode sev = n.putArray("severity");
    for (Advisory.ScoreEntry s : a.scores()) {
      if (s.type() != null && !s.type().endsWith("_specific")) {
        sev.addObject().put("type", s.type()).put("score", s.score());
      }
    }
    if (a.databaseSeverity() != null) {
      n.putObject("database_specific").put("severity", a.databaseSeverity());
    }
    String affectedSeverity =
        a.scores().stream()
            .filter(s -> s.type() != null && s.type().endsWith("_specific"))
            .map(Advisory.ScoreEntry::score)
            .findFirst()
            .orElse(null);
    ArrayNode affected = n.putArray("affected");
    for (AffectedPackage p : a.affected()) {
      ObjectNode e = affected.addObject();
      e.putObject("package").put("ecosystem", p.osvEcosystem()).put("name", p.name());
      ArrayNode ranges = e.putArray("ranges");
      for (AffectedRange r : p.ranges()) {
        ObjectNode rn = ranges.addObject().put("type", r.type().name());
        putIfPresent(rn, "repo", r.repo());
        ArrayNode events = rn.putArray("events");
        for (RangeEvent ev : r.events()) {
          events.addObject().put(ev.kind(), ev.version());
        }
      }
      ArrayNode versions = e.putArray("versions");
      p.versions().forEach(versions::add);
      if (affectedSeverity != null) {
        e.putObject("ecosystem_specific").put("severity", affectedSeverity);
        affectedSeverity = null;
      }
    }
    try {
      return deflate(json.writeValueAsBytes(n));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a stored body; the severity comes from the advisory row, resolved at import. */
  Advisory decode(String id, byte[] body, Severity severity) throws InputException {
    byte[] text;
    try {
      text = inflate(body);
    } catch (DataFormatException e) {
      throw new InputException("advisory " + id, "stored record is corrupt: " + e.getMessage());
    }
    JsonNode n = parser.readJson("advisory " + id, text);
    return parser.parseWithoutSeverity("advisory " + id, n).withSeverity(severity);
  }

  private static void putIfPresent(ObjectNode n, String field, String value) {
    if (value != null) {
      n.put(field, value);
    }
  }

  private static byte[] deflate(byte[] in) {
    Deflater d = new Deflater(Deflater.BEST_SPEED);
    try {
      d.setInput(in);
      d.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(in.length / 3 + 16);
      byte[] buf = new byte[8192];
      while (!d.finished()) {
        out.write(buf, 0, d.deflate(buf));
      }
      return out.toByteArray();
    } finally {
      d.end();
    }
  }

  private static byte[] inflate(byte[] in) throws DataFormatException {
    Inflater inf = new Inflater();
    try {
      inf.setInput(in);
      ByteArrayOutputStream out = new ByteArrayOutputStream(in.length * 4);
      byte[] buf = new byte[8192];
      while (!inf.finished()) {
        int n = inf.inflate(buf);
        if (n == 0 && (inf.needsInput() || inf.needsDictionary())) {
          throw new DataFormatException("truncated");
        }
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    } finally {
      inf.end();
    }
  }
}
