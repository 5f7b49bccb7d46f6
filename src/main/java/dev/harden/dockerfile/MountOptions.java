package dev.harden.dockerfile;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Splits a {@code --mount} value into options the way BuildKit does (a CSV record of {@code
 * key=value} fields; double quotes protect commas).
 */
final class MountOptions {

  private MountOptions() {}

  static Map<String, String> parse(String spec) {
    Map<String, String> options = new LinkedHashMap<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i <= spec.length(); i++) {
      char c = i < spec.length() ? spec.charAt(i) : ',';
      if (c == '"') {
        if (quoted && i + 1 < spec.length() && spec.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (c == ',' && !quoted) {
        String f = field.toString().trim();
        if (!f.isEmpty()) {
          int eq = f.indexOf('=');
          String key = (eq < 0 ? f : f.substring(0, eq)).toLowerCase(Locale.ROOT);
          options.put(key, eq < 0 ? "" : f.substring(eq + 1));
        }
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    return options;
  }
}
