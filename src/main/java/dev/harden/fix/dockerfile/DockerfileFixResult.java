package dev.harden.fix.dockerfile;

import dev.harden.fix.Fix;
import dev.harden.fix.FixProblem;
import dev.harden.fix.UnifiedDiff;
import java.util.List;

/**
 * What {@code harden fix} did to one Dockerfile.
 *
 * @param file the file as the user named it ({@code -} for standard input)
 * @param before the text as read (a byte-order mark included when the file had one)
 * @param after the fixed text, to write back (equal to {@code before} when nothing changed)
 * @param applied the fixes applied, in the order they were applied
 * @param notApplied suggested fixes left out without {@code --unsafe}, at their place in {@code
 *     after}
 * @param problems findings no fix could be made for, with the reason (an unresolved digest, an
 *     unknown distro, a fix whose result would not parse)
 */
public record DockerfileFixResult(
    String file,
    String before,
    String after,
    List<Fix> applied,
    List<Fix> notApplied,
    List<FixProblem> problems) {

  public DockerfileFixResult {
    applied = List.copyOf(applied);
    notApplied = List.copyOf(notApplied);
    problems = List.copyOf(problems);
  }

  public boolean changed() {
    return !before.equals(after);
  }

  /** True when a fix failed for a reason outside the file (a digest that did not resolve). */
  public boolean blocked() {
    return problems.stream().anyMatch(FixProblem::blocking);
  }

  /** The change as a unified diff, empty when nothing changed. */
  public String diff() {
    return UnifiedDiff.render(file, before, after);
  }
}
