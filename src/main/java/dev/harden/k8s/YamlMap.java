package dev.harden.k8s;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A mapping node. {@link #entries()} are the entries written in this mapping, in order (a merge
 * key {@code <<} among them); {@link #get} also finds keys this mapping inherits through merge keys,
 * as the Kubernetes decoder does, with the mapping's own keys winning.
 */
public final class YamlMap implements YamlNode {

  /**
   * One {@code key: value} pair; {@code key} is a scalar for every key Kubernetes uses. {@code
   * valueEnd} is where the value's text ends at this place: it differs from {@code value.end()}
   * when the value is an alias, whose node lives at its anchor.
   */
  public record Entry(YamlNode key, YamlNode value, int valueEnd) {

    /** The key's text, or null when the key is not a scalar. */
    public String keyText() {
      return key instanceof YamlScalar s ? s.value() : null;
    }
  }

  /** The merge key. */
  public static final String MERGE_KEY = "<<";

  private final List<Entry> entries;
  private final List<YamlMap> merged;
  /** Own and inherited entries by key, computed once: lookups never walk merge chains. */
  private final Map<String, Entry> effective = new LinkedHashMap<>();
  private final boolean flow;
  private final int start;
  private final int end;

  public YamlMap(List<Entry> entries, List<YamlMap> merged, boolean flow, int start, int end) {
    this.entries = List.copyOf(entries);
    this.merged = List.copyOf(merged);
    for (Entry e : this.entries) {
      String k = e.keyText();
      if (k != null && !MERGE_KEY.equals(k)) {
        effective.putIfAbsent(k, e);
      }
    }
    for (YamlMap m : this.merged) {
      for (Map.Entry<String, Entry> inherited : m.effective.entrySet()) {
        effective.putIfAbsent(inherited.getKey(), inherited.getValue());
      }
    }
    this.flow = flow;
    this.start = start;
    this.end = end;
  }

  /** The entries written in this mapping. */
  public List<Entry> entries() {
    return entries;
  }

  /** Mappings this one merges in with {@code <<}, in priority order. */
  public List<YamlMap> merged() {
    return merged;
  }

  @Override
  public int start() {
    return start;
  }

  @Override
  public int end() {
    return end;
  }

  @Override
  public boolean flow() {
    return flow;
  }

  /** The entry for {@code key}: this mapping's own first, then merged mappings in order. */
  public Optional<Entry> entry(String key) {
    return Optional.ofNullable(effective.get(key));
  }

  /** True when the entry for {@code key} is written in this mapping, not inherited by a merge. */
  public boolean ownsKey(String key) {
    return entries.stream().anyMatch(e -> key.equals(e.keyText()));
  }

  public Optional<YamlNode> get(String key) {
    return entry(key).map(Entry::value);
  }

  /** The value of {@code key} when it is a mapping. */
  public Optional<YamlMap> map(String key) {
    return get(key).filter(YamlMap.class::isInstance).map(YamlMap.class::cast);
  }

  /** The value of {@code key} when it is a sequence. */
  public Optional<YamlSeq> seq(String key) {
    return get(key).filter(YamlSeq.class::isInstance).map(YamlSeq.class::cast);
  }

  /** The value of {@code key} when it is a non-null scalar. */
  public Optional<YamlScalar> scalar(String key) {
    return get(key)
        .filter(YamlScalar.class::isInstance)
        .map(YamlScalar.class::cast)
        .filter(s -> !s.isNull());
  }

  /** The string value of {@code key} (a non-null scalar of any style). */
  public Optional<String> string(String key) {
    return scalar(key).map(YamlScalar::value);
  }

  /** Every key this mapping has, own and merged, each once, own order first. */
  public List<String> keys() {
    return List.copyOf(effective.keySet());
  }
}
