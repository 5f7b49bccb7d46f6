package dev.harden.k8s;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Computes text changes that set or add one field in a loaded manifest and touch nothing else:
 * comments, key order, quoting, anchors and every other byte stay as they are. New text follows
 * the file's own style: block or flow (JSON included) as the place demands, the file's indentation
 * step and sequence style, its line separator.
 *
 * <p>Values reached through an alias live at the anchor, so changing them changes every place that
 * uses the anchor; a field a mapping only inherits through a merge key ({@code <<}) is overridden
 * in the mapping itself instead.
 */
public final class YamlPatcher {

  private final SourceText source;
  private final String text;
  private final YamlStyle style;
  private final boolean json;

  public YamlPatcher(ManifestFile file) {
    this.source = file.source();
    this.text = source.text();
    this.style = YamlStyle.of(file);
    String t = text.stripLeading();
    this.json = t.startsWith("{") || t.startsWith("[");
  }

  public YamlStyle style() {
    return style;
  }

  /** Where a path leads in a mapping. */
  private sealed interface Spot {}

  /** The last key is there. */
  private record Present(YamlMap parent, YamlMap.Entry entry) implements Spot {}

  /** {@code keys} are missing from {@code parent}. */
  private record Absent(YamlMap parent, List<String> keys) implements Spot {}

  /** {@code entry}'s value is null; {@code keys} go below it. */
  private record Empty(YamlMap parent, YamlMap.Entry entry, List<String> keys) implements Spot {}

  /** Something that is not a mapping is in the way. */
  private record Blocked() implements Spot {}

  private static Spot find(YamlMap map, List<String> path) {
    YamlMap current = map;
    for (int i = 0; i < path.size(); i++) {
      String key = path.get(i);
      Optional<YamlMap.Entry> entry = current.entry(key);
      boolean last = i == path.size() - 1;
      if (entry.isEmpty() || (last && !current.ownsKey(key))) {
        return new Absent(current, path.subList(i, path.size()));
      }
      if (last) {
        return new Present(current, entry.get());
      }
      YamlNode value = entry.get().value();
      if (value instanceof YamlMap m) {
        current = m;
      } else if (value instanceof YamlScalar s && s.isNull()) {
        return new Empty(current, entry.get(), path.subList(i + 1, path.size()));
      } else {
        return new Blocked();
      }
    }
    throw new IllegalArgumentException("empty path");
  }

  /**
   * Sets the field at {@code path} below {@code map} to {@code value}: changes a scalar that is
   * there, fills a null, or inserts the missing keys. Empty when something other than a mapping is
   * in the way.
   */
  public Optional<TextChange> set(YamlMap map, List<String> path, NewValue value) {
    Spot spot = find(map, path);
    if (spot instanceof Present p) {
      YamlNode current = p.entry().value();
      if (value instanceof NewValue.Scalar s && current instanceof YamlScalar) {
        return Optional.of(replaceScalar(p.parent(), p.entry(), s));
      }
      if (current instanceof YamlScalar s && s.isNull()) {
        return Optional.of(fillNull(p.parent(), p.entry(), value));
      }
      return Optional.empty();
    } else if (spot instanceof Absent a) {
      return Optional.of(insert(a.parent(), a.keys(), value));
    } else if (spot instanceof Empty e) {
      return Optional.of(fillNull(e.parent(), e.entry(), NewValue.nest(e.keys(), value)));
    }
    return Optional.empty();
  }

  /**
   * Appends {@code item} to the sequence at {@code path} below {@code map}, creating the sequence
   * (and the mappings above it) when missing.
   */
  public Optional<TextChange> append(YamlMap map, List<String> path, NewValue item) {
    return append(map, path, List.of(item));
  }

  /** Appends several items at once (one change, so they cannot collide). */
  public Optional<TextChange> append(YamlMap map, List<String> path, List<NewValue> items) {
    if (items.isEmpty()) {
      throw new IllegalArgumentException("nothing to append");
    }
    NewValue asList = new NewValue.Sequence(items);
    Spot spot = find(map, path);
    if (spot instanceof Present p) {
      YamlNode current = p.entry().value();
      if (current instanceof YamlSeq seq) {
        return Optional.of(appendItems(seq, items));
      }
      if (current instanceof YamlScalar s && s.isNull()) {
        return Optional.of(fillNull(p.parent(), p.entry(), asList));
      }
      return Optional.empty();
    } else if (spot instanceof Absent a) {
      return Optional.of(insert(a.parent(), a.keys(), asList));
    } else if (spot instanceof Empty e) {
      return Optional.of(fillNull(e.parent(), e.entry(), NewValue.nest(e.keys(), asList)));
    }
    return Optional.empty();
  }

  // ---- changing what is there

  private TextChange replaceScalar(YamlMap parent, YamlMap.Entry entry, NewValue.Scalar value) {
    boolean flowish = parent.flow();
    String rendered = flowish
        ? YamlValueText.flowScalar(value, jsonKeys(parent))
        : YamlValueText.blockScalar(value);
    int aliasAt = aliasSite(entry);
    if (aliasAt >= 0) {
      return new TextChange(aliasAt, entry.valueEnd(), rendered);
    }
    YamlScalar current = (YamlScalar) entry.value();
    int start = afterProperties(current.start(), current.end());
    if (start == current.end() && current.value().isEmpty()) {
      // "key:" with nothing after it
      return new TextChange(start, start, " " + rendered);
    }
    return new TextChange(start, current.end(), rendered);
  }

  private TextChange fillNull(YamlMap parent, YamlMap.Entry entry, NewValue value) {
    YamlScalar current = (YamlScalar) entry.value();
    int aliasAt = aliasSite(entry);
    int valueStart = aliasAt >= 0 ? aliasAt : current.start();
    int valueEnd = aliasAt >= 0 ? entry.valueEnd() : current.end();
    if (parent.flow()) {
      String rendered = YamlValueText.flow(value, jsonKeys(parent));
      return valueStart == valueEnd
          ? new TextChange(valueStart, valueEnd, " " + rendered)
          : new TextChange(valueStart, valueEnd, rendered);
    }
    int keyColumn = YamlStyle.column(source, entry.key().start());
    int colonEnd = colonEnd(entry.key().end(), valueStart);
    int lineEnd = source.lineEndOf(valueEnd);
    String tail = text.substring(valueEnd, lineEnd);
    List<String> lines = blockValue(value, keyColumn, sequenceOffset(parent));
    return new TextChange(
        colonEnd, lineEnd, tail + style.lineSeparator() + String.join(style.lineSeparator(), lines));
  }

  // ---- adding what is missing

  private TextChange insert(YamlMap parent, List<String> keys, NewValue value) {
    String key = keys.get(0);
    NewValue nested = NewValue.nest(keys.subList(1, keys.size()), value);
    if (parent.flow()) {
      boolean jsonKeys = jsonKeys(parent);
      String entry =
          YamlValueText.flowKey(key, jsonKeys) + ": " + YamlValueText.flow(nested, jsonKeys);
      if (parent.entries().isEmpty()) {
        return new TextChange(parent.start() + 1, parent.start() + 1, entry);
      }
      YamlMap.Entry last = parent.entries().get(parent.entries().size() - 1);
      return flowAppend(parent.start(), last.key().start(), last.valueEnd(), entry);
    }
    int keyColumn = YamlStyle.column(source, firstKeyStart(parent));
    return atEndOfBlock(parent.end(), blockEntry(key, nested, keyColumn, sequenceOffset(parent)));
  }

  private TextChange appendItems(YamlSeq seq, List<NewValue> items) {
    if (seq.flow()) {
      List<String> parts = new ArrayList<>();
      for (NewValue item : items) {
        parts.add(YamlValueText.flow(item, json));
      }
      String rendered = String.join(", ", parts);
      if (seq.items().isEmpty()) {
        return new TextChange(seq.start() + 1, seq.start() + 1, rendered);
      }
      int last = seq.items().size() - 1;
      int lastStart = aliasOrStart(seq.items().get(last), seq.itemEnd(last));
      return flowAppend(seq.start(), lastStart, seq.itemEnd(last), rendered);
    }
    int dashColumn = YamlStyle.column(source, seq.start());
    List<String> lines = new ArrayList<>();
    for (NewValue item : items) {
      lines.addAll(blockItem(item, dashColumn));
    }
    return atEndOfBlock(seq.end(), lines);
  }

  private int aliasOrStart(YamlNode item, int siteEnd) {
    return item.end() == siteEnd ? item.start() : siteEnd;
  }

  /** Adds an entry or item after the last one of a flow collection, on its own line if they are. */
  private TextChange flowAppend(int collectionStart, int lastStart, int lastEnd, String rendered) {
    if (source.line(collectionStart) != source.line(lastStart)) {
      int lineStart = source.lineStartOf(lastStart);
      String indent = text.substring(lineStart, lastStart);
      if (indent.isBlank()) {
        return new TextChange(lastEnd, lastEnd, "," + style.lineSeparator() + indent + rendered);
      }
    }
    return new TextChange(lastEnd, lastEnd, ", " + rendered);
  }

  /** Inserts lines after the block content ending at {@code end}, after any comment on its line. */
  private TextChange atEndOfBlock(int end, List<String> lines) {
    String sep = style.lineSeparator();
    if (end > 0 && end <= text.length() && text.charAt(end - 1) == '\n') {
      // a block scalar ends after its line break: the new lines go before whatever follows
      return new TextChange(end, end, String.join(sep, lines) + sep);
    }
    int at = source.lineEndOf(end);
    return new TextChange(at, at, sep + String.join(sep, lines));
  }

  // ---- rendering

  private List<String> blockEntry(String key, NewValue value, int column) {
    return blockEntry(key, value, column, style.sequenceOffset());
  }

  /**
   * How far a sequence under a key of {@code map} indents its dashes: as a sequence already in
   * that mapping does, else as the file mostly does.
   */
  private int sequenceOffset(YamlMap map) {
    for (YamlMap.Entry e : map.entries()) {
      if (e.value() instanceof YamlSeq seq && !seq.flow() && !seq.items().isEmpty()
          && seq.start() > e.key().start()) {
        int offset = YamlStyle.column(source, seq.start()) - YamlStyle.column(source, e.key().start());
        if (offset >= 0) {
          return offset;
        }
      }
    }
    return style.sequenceOffset();
  }

  private List<String> blockEntry(String key, NewValue value, int column, int sequenceOffset) {
    List<String> lines = new ArrayList<>();
    String head = " ".repeat(column) + YamlValueText.blockKey(key) + ":";
    if (value instanceof NewValue.Scalar s) {
      lines.add(head + " " + YamlValueText.blockScalar(s));
    } else if (isEmpty(value)) {
      lines.add(head + " " + YamlValueText.flow(value, false));
    } else {
      lines.add(head);
      lines.addAll(blockValue(value, column, sequenceOffset));
    }
    return lines;
  }

  /** The lines of a non-empty collection that is the value of a key at {@code keyColumn}. */
  private List<String> blockValue(NewValue value, int keyColumn) {
    return blockValue(value, keyColumn, style.sequenceOffset());
  }

  private List<String> blockValue(NewValue value, int keyColumn, int sequenceOffset) {
    List<String> lines = new ArrayList<>();
    if (value instanceof NewValue.Mapping m) {
      for (Map.Entry<String, NewValue> e : m.entries()) {
        lines.addAll(blockEntry(e.getKey(), e.getValue(), keyColumn + style.indent()));
      }
    } else if (value instanceof NewValue.Sequence s) {
      for (NewValue item : s.items()) {
        lines.addAll(blockItem(item, keyColumn + sequenceOffset));
      }
    } else {
      lines.add(" ".repeat(keyColumn + style.indent())
          + YamlValueText.blockScalar((NewValue.Scalar) value));
    }
    return lines;
  }

  private List<String> blockItem(NewValue item, int dashColumn) {
    String dash = " ".repeat(dashColumn) + "- ";
    if (item instanceof NewValue.Mapping m && !m.entries().isEmpty()) {
      List<String> lines = new ArrayList<>();
      for (Map.Entry<String, NewValue> e : m.entries()) {
        lines.addAll(blockEntry(e.getKey(), e.getValue(), dashColumn + 2));
      }
      lines.set(0, dash + lines.get(0).substring(dashColumn + 2));
      return lines;
    }
    if (item instanceof NewValue.Scalar s) {
      return List.of(dash + YamlValueText.blockScalar(s));
    }
    return List.of(dash + YamlValueText.flow(item, false));
  }

  private static boolean isEmpty(NewValue value) {
    return (value instanceof NewValue.Mapping m && m.entries().isEmpty())
        || (value instanceof NewValue.Sequence s && s.items().isEmpty());
  }

  private boolean jsonKeys(YamlMap map) {
    if (json) {
      return true;
    }
    return map.entries().stream()
        .anyMatch(e -> e.key() instanceof YamlScalar k && k.style() == YamlScalar.Style.DOUBLE_QUOTED);
  }

  // ---- positions

  private static int firstKeyStart(YamlMap map) {
    return map.entries().isEmpty() ? map.start() : map.entries().get(0).key().start();
  }

  /** Where an alias used as this entry's value starts, or -1 when the value is not an alias. */
  private int aliasSite(YamlMap.Entry entry) {
    if (entry.value().end() == entry.valueEnd() && entry.value().start() >= entry.key().end()) {
      return -1;
    }
    int i = entry.valueEnd();
    while (i > entry.key().end() && !Character.isWhitespace(text.charAt(i - 1)) && text.charAt(i - 1) != ':') {
      i--;
    }
    return i < text.length() && text.charAt(i) == '*' ? i : -1;
  }

  /** The start of a node's value after its anchor ({@code &a}) and tag ({@code !!str}). */
  private int afterProperties(int start, int end) {
    int i = start;
    while (i < end && (text.charAt(i) == '&' || text.charAt(i) == '!')) {
      while (i < end && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      while (i < end && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
    }
    return i;
  }

  /** The offset just after the {@code :} that follows a key ending at {@code keyEnd}. */
  private int colonEnd(int keyEnd, int limit) {
    int i = keyEnd;
    while (i < limit && text.charAt(i) != ':') {
      i++;
    }
    return Math.min(i + 1, Math.max(limit, keyEnd));
  }
}
