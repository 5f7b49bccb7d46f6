package dev.harden.fix;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.util.List;

/** {@code diff -u} style text of what a fix changed, for {@code harden fix --diff} and reviews. */
public final class UnifiedDiff {

  private UnifiedDiff() {}

  /**
   * The unified diff from {@code before} to {@code after} with three lines of context, headed
   * {@code --- a/<path>} and {@code +++ b/<path>}; empty when the texts are equal.
   */
  public static String render(String path, String before, String after) {
    if (before.equals(after)) {
      return "";
    }
    List<String> a = before.lines().toList();
    List<String> b = after.lines().toList();
    Patch<String> patch = DiffUtils.diff(a, b);
    List<String> lines = UnifiedDiffUtils.generateUnifiedDiff("a/" + path, "b/" + path, a, patch, 3);
    return String.join("\n", lines) + "\n";
  }
}
