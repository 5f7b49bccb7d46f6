package dev.harden.dockerfile.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * What one parse shares across nested parsers (command substitutions, backticks, inline scripts):
 * the problems found, and how deep the nesting is. Nesting is capped so that hostile input ({@code
 * $($($(...} fifty thousand deep) cannot exhaust the stack; past the cap the rest is kept as words.
 */
final class ParseState {

  static final int MAX_DEPTH = 100;
  private static final int MAX_PROBLEMS = 200;

  private final List<Problem> problems = new ArrayList<>();
  private int depth;

  /** Enters one nesting level; false (and nothing entered) when the cap is reached. */
  boolean enter() {
    if (depth >= MAX_DEPTH) {
      return false;
    }
    depth++;
    return true;
  }

  void leave() {
    depth--;
  }

  boolean atLimit() {
    return depth >= MAX_DEPTH;
  }

  void problem(Problem p) {
    if (problems.size() < MAX_PROBLEMS) {
      problems.add(p);
    }
  }

  int problemCount() {
    return problems.size();
  }

  List<Problem> problems() {
    return problems;
  }
}
