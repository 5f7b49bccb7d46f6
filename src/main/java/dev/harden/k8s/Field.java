package dev.harden.k8s;

/**
 * A field that is present in a manifest, read as {@code T}.
 *
 * @param value the typed value
 * @param at the node findings point at: the key of a mapping entry, or the item of a sequence
 * @param node the value's node
 * @param pointer JSON pointer of the field from the document root
 */
public record Field<T>(T value, YamlNode at, YamlNode node, String pointer) {

  static <T> Field<T> of(T value, YamlMap.Entry entry, String pointer) {
    return new Field<>(value, entry.key(), entry.value(), pointer);
  }

  /** Char offset findings point at. */
  public int offset() {
    return at.start();
  }
}
