package dev.harden.k8s;

import java.util.List;
import java.util.Map;

/** A value to write into a manifest; rendered in the style of the place it goes. */
public sealed interface NewValue permits NewValue.Scalar, NewValue.Mapping, NewValue.Sequence {

  /**
   * @param text the scalar as written plain ({@code true}, {@code 65532}, {@code /tmp})
   * @param string whether JSON needs it quoted
   */
  record Scalar(String text, boolean string) implements NewValue {}

  record Mapping(List<Map.Entry<String, NewValue>> entries) implements NewValue {
    public Mapping {
      entries = List.copyOf(entries);
    }
  }

  record Sequence(List<NewValue> items) implements NewValue {
    public Sequence {
      items = List.copyOf(items);
    }
  }

  static NewValue bool(boolean b) {
    return new Scalar(Boolean.toString(b), false);
  }

  static NewValue number(long n) {
    return new Scalar(Long.toString(n), false);
  }

  static NewValue string(String s) {
    return new Scalar(s, true);
  }

  static NewValue emptyMapping() {
    return new Mapping(List.of());
  }

  /** {@code {k1: v1, k2: v2, ...}} from alternating keys and values. */
  static NewValue mapping(Object... keysAndValues) {
    List<Map.Entry<String, NewValue>> entries = new java.util.ArrayList<>();
    for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
      entries.add(Map.entry((String) keysAndValues[i], (NewValue) keysAndValues[i + 1]));
    }
    return new Mapping(entries);
  }

  /** {@code value} nested under {@code keys}: {@code keys = [a, b]} gives {@code {a: {b: value}}}. */
  static NewValue nest(List<String> keys, NewValue value) {
    NewValue out = value;
    for (int i = keys.size() - 1; i >= 0; i--) {
      out = new Mapping(List.of(Map.entry(keys.get(i), out)));
    }
    return out;
  }
}
