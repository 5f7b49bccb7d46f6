package dev.harden.fix;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Applying sets of non-overlapping text edits. */
public final class TextEdits {

  private static final Comparator<TextEdit> ORDER =
      Comparator.comparingInt(TextEdit::start).thenComparingInt(TextEdit::end);

  private TextEdits() {}

  /**
   * The edits sorted, with pure insertions at the same offset joined in the order given (so one fix
   * can add lines to a container and to its pod at the place both end). Throws when two edits
   * overlap.
   */
  public static List<TextEdit> normalize(List<TextEdit> edits) {
    List<TextEdit> joined = new ArrayList<>();
    for (TextEdit e : edits) {
      int same = -1;
      for (int i = 0; i < joined.size(); i++) {
        TextEdit j = joined.get(i);
        if (j.start() == j.end() && e.start() == e.end() && j.start() == e.start()) {
          same = i;
        }
      }
      if (same >= 0) {
        TextEdit j = joined.get(same);
        joined.set(same, new TextEdit(j.start(), j.end(), j.replacement() + e.replacement()));
      } else {
        joined.add(e);
      }
    }
    joined.sort(ORDER);
    for (int i = 1; i < joined.size(); i++) {
      if (conflict(joined.get(i - 1), joined.get(i))) {
        throw new IllegalArgumentException("overlapping edits: " + joined.get(i - 1) + " and " + joined.get(i));
      }
    }
    return List.copyOf(joined);
  }

  /**
   * True when two edits cannot both apply: their ranges overlap, or they start at the same offset
   * (which goes first would be a guess).
   */
  public static boolean conflict(TextEdit a, TextEdit b) {
    if (a.start() == b.start()) {
      return true;
    }
    return a.start() < b.end() && b.start() < a.end();
  }

  /** True when no edit of {@code a} conflicts with an edit of {@code b}. */
  public static boolean compatible(List<TextEdit> a, List<TextEdit> b) {
    for (TextEdit x : a) {
      for (TextEdit y : b) {
        if (conflict(x, y)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Whole-line edits that turn {@code before} into {@code after}, with offsets into {@code before}:
   * what a fixed file changed, for consumers (SARIF fixes) that apply replacements to the file as
   * it is on disk. The line diff is java-diff-utils'; lines keep their terminators, so CRLF files
   * and a missing final newline come out exact.
   */
  public static List<TextEdit> between(String before, String after) {
    List<String> a = linesWithTerminators(before);
    List<String> b = linesWithTerminators(after);
    int[] offsets = new int[a.size() + 1];
    for (int i = 0; i < a.size(); i++) {
      offsets[i + 1] = offsets[i] + a.get(i).length();
    }
    List<TextEdit> edits = new ArrayList<>();
    for (AbstractDelta<String> d : DiffUtils.diff(a, b).getDeltas()) {
      int from = d.getSource().getPosition();
      int to = from + d.getSource().size();
      edits.add(new TextEdit(offsets[from], offsets[to], String.join("", d.getTarget().getLines())));
    }
    return normalize(edits);
  }

  private static List<String> linesWithTerminators(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    return lines;
  }

  /** {@code text} with every edit applied; the edits must not conflict. */
  public static String apply(String text, List<TextEdit> edits) {
    List<TextEdit> sorted = normalize(edits);
    StringBuilder out = new StringBuilder(text.length() + 256);
    int at = 0;
    for (TextEdit e : sorted) {
      if (e.end() > text.length()) {
        throw new IllegalArgumentException("edit past the end of the text: " + e);
      }
      out.append(text, at, e.start()).append(e.replacement());
      at = e.end();
    }
    return out.append(text, at, text.length()).toString();
  }
}
