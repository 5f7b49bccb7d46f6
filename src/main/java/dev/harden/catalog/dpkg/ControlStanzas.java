package dev.harden.catalog.dpkg;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits deb822 control text (dpkg's status file) into stanzas of fields. Continuation lines
 * (starting with a space or tab) are appended to the previous field with a newline; a blank line
 * ends a stanza. Field names are kept as written (deb822 names are case-insensitive, but dpkg
 * writes them in one canonical case).
 */
final class ControlStanzas {

  /** One stanza and the 1-based line it starts on. */
  record Stanza(int line, Map<String, String> fields) {
    String get(String name) {
      String v = fields.get(name);
      return v == null ? "" : v.trim();
    }
  }

  private ControlStanzas() {}

  static List<Stanza> parse(String text) {
    List<Stanza> out = new ArrayList<>();
    Map<String, String> fields = new LinkedHashMap<>();
    String last = null;
    int start = 0;
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank()) {
        if (!fields.isEmpty()) {
          out.add(new Stanza(start, fields));
          fields = new LinkedHashMap<>();
        }
        last = null;
        continue;
      }
      if (fields.isEmpty() && last == null) {
        start = i + 1;
      }
      if ((line.startsWith(" ") || line.startsWith("\t")) && last != null) {
        fields.put(last, fields.get(last) + "\n" + line.trim());
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        // not a field: keep the stanza, the caller decides whether what it has is usable
        last = null;
        continue;
      }
      last = line.substring(0, colon).trim();
      fields.put(last, line.substring(colon + 1).trim());
    }
    if (!fields.isEmpty()) {
      out.add(new Stanza(start, fields));
    }
    return out;
  }
}
