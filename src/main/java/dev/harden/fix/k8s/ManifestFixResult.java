package dev.harden.fix.k8s;

import dev.harden.fix.Fix;
import dev.harden.fix.UnifiedDiff;
import java.util.List;

/**
 * What {@code harden fix} did to one manifest file.
 *
 * @param file the file as the user named it ({@code -} for standard input)
 * @param before the text as read
 * @param after the fixed text, to write back (equal to {@code before} when nothing changed)
 * @param applied the fixes applied, in the order they were applied
 * @param notApplied fixes for findings that remain: suggested ones without {@code --unsafe}, at
 *     their place in {@code after}
 */
public record ManifestFixResult(
    String file, String before, String after, List<Fix> applied, List<Fix> notApplied) {

  public ManifestFixResult {
    applied = List.copyOf(applied);
    notApplied = List.copyOf(notApplied);
  }

  public boolean changed() {
    return !before.equals(after);
  }

  /** The change as a unified diff, empty when nothing changed. */
  public String diff() {
    return UnifiedDiff.render(file, before, after);
  }
}
