package dev.harden.k8s;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How {@link YamlPatcher} writes new keys and values: plain where YAML reads them back as the same
 * string, double-quoted otherwise (and always in JSON), flow collections for one-line values.
 */
final class YamlValueText {

  private static final Pattern PLAIN_SAFE = Pattern.compile("[A-Za-z0-9/_.][A-Za-z0-9/_.-]*");

  private YamlValueText() {}

  static String flow(NewValue value, boolean jsonKeys) {
    if (value instanceof NewValue.Scalar s) {
      return flowScalar(s, jsonKeys);
    }
    List<String> parts = new ArrayList<>();
    if (value instanceof NewValue.Mapping m) {
      for (Map.Entry<String, NewValue> e : m.entries()) {
        parts.add(flowKey(e.getKey(), jsonKeys) + ": " + flow(e.getValue(), jsonKeys));
      }
      return "{" + String.join(", ", parts) + "}";
    }
    for (NewValue item : ((NewValue.Sequence) value).items()) {
      parts.add(flow(item, jsonKeys));
    }
    return "[" + String.join(", ", parts) + "]";
  }

  static String flowKey(String key, boolean jsonKeys) {
    return jsonKeys ? quote(key) : blockKey(key);
  }

  static String blockKey(String key) {
    return PLAIN_SAFE.matcher(key).matches() ? key : quote(key);
  }

  static String flowScalar(NewValue.Scalar s, boolean jsonKeys) {
    return s.string() && jsonKeys ? quote(s.text()) : blockScalar(s);
  }

  static String blockScalar(NewValue.Scalar s) {
    if (!s.string()) {
      return s.text();
    }
    YamlScalar probe = new YamlScalar(s.text(), YamlScalar.Style.PLAIN, null, 0, 0);
    boolean ambiguous =
        probe.isNull() || probe.asBoolean().isPresent() || probe.asLong().isPresent();
    return PLAIN_SAFE.matcher(s.text()).matches() && !ambiguous ? s.text() : quote(s.text());
  }

  static String quote(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
