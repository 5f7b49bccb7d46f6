package dev.harden.dockerfile;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Matching {@code <<NAME} words to heredocs, as BuildKit's {@code ParseHeredoc} reads them. */
final class Heredocs {

  /** BuildKit's heredoc word: optional file descriptor, {@code <<}, optional {@code -}, name. */
  static final Pattern WORD = Pattern.compile("^(\\d*)<<(-?)([^<]*)$");

  private Heredocs() {}

  /** True for a word BuildKit reads as a heredoc marker ({@code <<EOF}, {@code 3<<-"EOF"}). */
  static boolean isMarker(String raw) {
    Matcher m = WORD.matcher(raw);
    return m.matches()
        && !m.group(3).isEmpty()
        && !WordProcessor.unquote(m.group(3), '\\').isEmpty();
  }

  static Optional<Heredoc> forSource(Instruction insn, Word source) {
    Matcher m = WORD.matcher(source.raw());
    if (!m.matches() || m.group(3).isEmpty()) {
      return Optional.empty();
    }
    String name = WordProcessor.unquote(m.group(3), '\\');
    for (Heredoc h : insn.heredocs()) {
      if (h.name().equals(name)) {
        return Optional.of(h);
      }
    }
    return Optional.empty();
  }
}
