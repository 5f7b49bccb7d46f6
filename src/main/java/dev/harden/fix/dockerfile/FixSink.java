package dev.harden.fix.dockerfile;

import dev.harden.fix.Fix;
import dev.harden.fix.FixProblem;
import java.util.ArrayList;
import java.util.List;

/** What the fixes of one round propose: fixes to apply, and places they cannot fix, with why. */
public final class FixSink {

  private final List<Fix> fixes = new ArrayList<>();
  private final List<FixProblem> problems = new ArrayList<>();

  public void add(Fix fix) {
    fixes.add(fix);
  }

  public void cannot(FixProblem problem) {
    problems.add(problem);
  }

  List<Fix> fixes() {
    return fixes;
  }

  List<FixProblem> problems() {
    return problems;
  }
}
