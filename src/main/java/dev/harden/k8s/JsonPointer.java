package dev.harden.k8s;

/** RFC 6901 JSON pointers, built a token at a time: {@code /spec/containers/0/image}. */
public final class JsonPointer {

  private JsonPointer() {}

  /** {@code base} followed by one object key, escaped ({@code ~} → {@code ~0}, {@code /} → {@code ~1}). */
  public static String append(String base, String key) {
    return base + "/" + key.replace("~", "~0").replace("/", "~1");
  }

  /** {@code base} followed by an array index. */
  public static String append(String base, int index) {
    return base + "/" + index;
  }

  /** {@code base} followed by several object keys. */
  public static String append(String base, String... keys) {
    String out = base;
    for (String k : keys) {
      out = append(out, k);
    }
    return out;
  }
}
