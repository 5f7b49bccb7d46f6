package dev.harden.catalog.apk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses apk's installed database: blank-line separated records of {@code X:value} lines, where
 * {@code F:} names a directory and each following {@code R:} a file in it.
 */
final class ApkDbParser {

  /** One record: its single-valued fields, the files it owns, and the line it starts on. */
  record Record(int line, Map<Character, String> fields, List<String> files) {
    String get(char key) {
      String v = fields.get(key);
      return v == null ? "" : v.trim();
    }
  }

  private ApkDbParser() {}

  static List<Record> parse(String text) {
    List<Record> out = new ArrayList<>();
    Map<Character, String> fields = new HashMap<>();
    List<String> files = new ArrayList<>();
    String dir = "";
    int start = 1;
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank()) {
        if (!fields.isEmpty() || !files.isEmpty()) {
          out.add(new Record(start, fields, files));
        }
        fields = new HashMap<>();
        files = new ArrayList<>();
        dir = "";
        start = i + 2;
        continue;
      }
      if (line.length() < 2 || line.charAt(1) != ':') {
        continue; // not a field line (a corrupt or foreign line): skipped, the record goes on
      }
      char key = line.charAt(0);
      String value = line.substring(2);
      switch (key) {
        case 'F' -> {
          dir = value.trim();
        }
        case 'R' -> {
          String name = value.trim();
          files.add("/" + (dir.isEmpty() ? name : dir + "/" + name));
        }
        default -> fields.putIfAbsent(key, value);
      }
    }
    if (!fields.isEmpty() || !files.isEmpty()) {
      out.add(new Record(start, fields, files));
    }
    return out;
  }
}
