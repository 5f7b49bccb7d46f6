package dev.harden.k8s;

import java.util.Optional;

/**
 * A mapping at a known JSON pointer, with typed reads that return the field (value, position,
 * pointer) when it is present and well-typed. Fields of the wrong type read as absent: the API
 * server would reject them, and a linter should not guess.
 */
public class MapView {

  private final YamlMap map;
  private final String pointer;

  public MapView(YamlMap map, String pointer) {
    this.map = map;
    this.pointer = pointer;
  }

  public YamlMap map() {
    return map;
  }

  public String pointer() {
    return pointer;
  }

  /** Char offset of the mapping (its first key), where findings about missing fields point. */
  public int offset() {
    return map.entries().isEmpty() ? map.start() : map.entries().get(0).key().start();
  }

  public String pointerOf(String key) {
    return JsonPointer.append(pointer, key);
  }

  public Optional<Field<Boolean>> bool(String key) {
    return map.entry(key)
        .flatMap(
            e ->
                e.value() instanceof YamlScalar s
                    ? s.asBoolean().map(b -> Field.of(b, e, pointerOf(key)))
                    : Optional.empty());
  }

  public Optional<Field<Long>> integer(String key) {
    return map.entry(key)
        .flatMap(
            e -> {
              if (e.value() instanceof YamlScalar s && s.asLong().isPresent()) {
                return Optional.of(Field.of(s.asLong().getAsLong(), e, pointerOf(key)));
              }
              return Optional.empty();
            });
  }

  public Optional<Field<String>> string(String key) {
    return map.entry(key)
        .flatMap(
            e ->
                e.value() instanceof YamlScalar s && !s.isNull()
                    ? Optional.of(Field.of(s.value(), e, pointerOf(key)))
                    : Optional.empty());
  }

  /** The field's entry whatever its value (null, scalar or collection). */
  public Optional<Field<YamlNode>> any(String key) {
    return map.entry(key).map(e -> Field.of(e.value(), e, pointerOf(key)));
  }

  public Optional<MapView> child(String key) {
    return map.map(key).map(m -> new MapView(m, pointerOf(key)));
  }

  public Optional<Field<YamlSeq>> seq(String key) {
    return map.entry(key)
        .flatMap(
            e ->
                e.value() instanceof YamlSeq s
                    ? Optional.of(Field.of(s, e, pointerOf(key)))
                    : Optional.empty());
  }
}
