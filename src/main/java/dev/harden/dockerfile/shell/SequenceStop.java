package dev.harden.dockerfile.shell;

import java.util.Set;

/**
 * The tokens that end a list inside a compound command ({@code then}, {@code done}, {@code )},
 * {@code ;;}...): {@link ShellParser} reads a sequence until one of them.
 */
record SequenceStop(Set<String> words, Set<String> ops) {
  static final SequenceStop NONE = new SequenceStop(Set.of(), Set.of());
  static final SequenceStop PAREN = new SequenceStop(Set.of(), Set.of(")"));
  static final SequenceStop THEN = new SequenceStop(Set.of("then"), Set.of());
  static final SequenceStop BRANCH_END = new SequenceStop(Set.of("elif", "else", "fi"), Set.of());
  static final SequenceStop FI = new SequenceStop(Set.of("fi"), Set.of());
  static final SequenceStop DO = new SequenceStop(Set.of("do"), Set.of());
  static final SequenceStop DONE = new SequenceStop(Set.of("done"), Set.of());
  static final SequenceStop BRACE = new SequenceStop(Set.of("}"), Set.of());
  static final SequenceStop CASE_ITEM =
      new SequenceStop(Set.of("esac"), Set.of(";;", ";&", ";;&"));

  boolean matches(Token t) {
    if (t.kind() == Token.Kind.OP) {
      return ops.contains(t.op());
    }
    if (t.kind() == Token.Kind.WORD) {
      for (String w : words) {
        if (t.isWord(w)) {
          return true;
        }
      }
    }
    return false;
  }
}
