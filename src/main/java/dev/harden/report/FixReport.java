package dev.harden.report;

import dev.harden.fix.Fix;
import dev.harden.fix.FixProblem;
import dev.harden.fix.UnifiedDiff;
import java.util.List;

/**
 * What {@code harden fix} did: one entry per file (Dockerfile or manifest file) and the lock files
 * it wrote. Files are in the order they were named on the command line.
 */
public record FixReport(List<FileResult> files, List<LockResult> locks, boolean written) {

  public FixReport {
    files = List.copyOf(files);
    locks = List.copyOf(locks);
  }

  /** True when a fix failed for a reason outside the files (a digest that did not resolve). */
  public boolean blocked() {
    return files.stream().anyMatch(f -> f.problems().stream().anyMatch(FixProblem::blocking));
  }

  /** A copy saying whether the fixed files were written back. */
  public FixReport withWritten(boolean value) {
    return new FixReport(files, locks, value);
  }

  /** A copy with the lock files written. */
  public FixReport withLocks(List<LockResult> value) {
    return new FixReport(files, value, written);
  }

  /**
   * One file.
   *
   * @param file the file as named on the command line ({@code -} for standard input)
   * @param kind {@code dockerfile} or {@code manifests}
   * @param before the text as read
   * @param after the fixed text
   * @param applied fixes applied, in order
   * @param notApplied suggested fixes left out without {@code --unsafe}
   * @param problems findings no fix could be made for, with the reason
   */
  public record FileResult(
      String file,
      String kind,
      String before,
      String after,
      List<Fix> applied,
      List<Fix> notApplied,
      List<FixProblem> problems) {

    public FileResult {
      applied = List.copyOf(applied);
      notApplied = List.copyOf(notApplied);
      problems = List.copyOf(problems);
    }

    public boolean changed() {
      return !before.equals(after);
    }

    public String diff() {
      return UnifiedDiff.render(file, before, after);
    }
  }

  /**
   * A lock file {@code --lock-write} wrote.
   *
   * @param file its path
   * @param added how many references it gained
   */
  public record LockResult(String file, int added) {}
}
