package dev.harden.catalog.python;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Python core metadata (PEP 241/314/345/566): RFC 822 style headers up to the first blank line,
 * repeated headers (such as {@code Classifier}) kept in order, continuation lines folded in.
 */
final class CoreMetadata {

  private final Map<String, List<String>> headers;

  private CoreMetadata(Map<String, List<String>> headers) {
    this.headers = headers;
  }

  static CoreMetadata parse(String text) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    String last = null;
    for (String line : text.split("\r?\n", -1)) {
      if (line.isEmpty()) {
        break; // the body (long description) starts here
      }
      if ((line.startsWith(" ") || line.startsWith("\t")) && last != null) {
        List<String> values = headers.get(last);
        values.set(values.size() - 1, values.get(values.size() - 1) + "\n" + line.trim());
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      last = line.substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT);
      headers.computeIfAbsent(last, k -> new ArrayList<>()).add(line.substring(colon + 1).trim());
    }
    return new CoreMetadata(headers);
  }

  String first(String name) {
    List<String> v = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    return v == null || v.isEmpty() ? "" : v.get(0).trim();
  }

  List<String> all(String name) {
    return headers.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), List.of());
  }

  /**
   * Declared licences: {@code License-Expression}, else a short {@code License} field, else the
   * licence classifiers; "UNKNOWN" and empty values declare nothing.
   */
  List<String> licenses() {
    String expression = first("License-Expression");
    if (!expression.isEmpty()) {
      return List.of(expression);
    }
    String license = first("License");
    if (!license.isEmpty() && !license.equalsIgnoreCase("UNKNOWN") && !license.contains("\n")
        && license.length() <= 100) {
      return List.of(license);
    }
    List<String> out = new ArrayList<>();
    for (String c : all("Classifier")) {
      if (c.startsWith("License ::")) {
        String[] parts = c.split("::");
        String lastPart = parts[parts.length - 1].trim();
        if (!lastPart.equals("OSI Approved")) {
          out.add(lastPart);
        }
      }
    }
    return out;
  }
}
