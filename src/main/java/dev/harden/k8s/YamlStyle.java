package dev.harden.k8s;

import java.util.HashMap;
import java.util.Map;

/**
 * How a file indents, learnt from its own block collections so inserted text looks like the rest:
 * the indentation step of nested mappings and the offset of a sequence's dash from its key
 * ({@code 0} for {@code containers:\n- name}, the step for {@code containers:\n  - name}).
 */
public record YamlStyle(int indent, int sequenceOffset, String lineSeparator) {

  /** Two spaces and dashes under the key, as {@code kubectl} writes YAML. */
  static final int DEFAULT_INDENT = 2;

  static final int DEFAULT_SEQUENCE_OFFSET = 0;

  public static YamlStyle of(ManifestFile file) {
    Map<Integer, Integer> indents = new HashMap<>();
    Map<Integer, Integer> offsets = new HashMap<>();
    SourceText source = file.source();
    for (YamlDocument doc : file.documents()) {
      visit(source, doc.root(), indents, offsets, 0);
    }
    return new YamlStyle(
        mostCommon(indents, DEFAULT_INDENT), mostCommon(offsets, DEFAULT_SEQUENCE_OFFSET),
        source.lineSeparator());
  }

  private static void visit(
      SourceText source, YamlNode node, Map<Integer, Integer> indents, Map<Integer, Integer> offsets,
      int depth) {
    if (depth > 64) {
      return;
    }
    if (node instanceof YamlMap map) {
      for (YamlMap.Entry e : map.entries()) {
        if (!map.flow() && e.value().start() > e.key().start()) {
          int keyColumn = column(source, e.key().start());
          if (e.value() instanceof YamlMap child && !child.flow() && !child.entries().isEmpty()) {
            int delta = column(source, child.entries().get(0).key().start()) - keyColumn;
            if (delta > 0) {
              indents.merge(delta, 1, Integer::sum);
            }
          } else if (e.value() instanceof YamlSeq seq && !seq.flow() && !seq.items().isEmpty()) {
            int delta = column(source, seq.start()) - keyColumn;
            if (delta >= 0) {
              offsets.merge(delta, 1, Integer::sum);
            }
          }
        }
        visit(source, e.value(), indents, offsets, depth + 1);
      }
    } else if (node instanceof YamlSeq seq) {
      for (YamlNode item : seq.items()) {
        visit(source, item, indents, offsets, depth + 1);
      }
    }
  }

  /** 0-based column in chars (indentation is spaces, so chars and code points agree). */
  static int column(SourceText source, int offset) {
    return offset - source.lineStartOf(offset);
  }

  private static int mostCommon(Map<Integer, Integer> counts, int fallback) {
    return counts.entrySet().stream()
        .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
        .map(Map.Entry::getKey)
        .orElse(fallback);
  }
}
