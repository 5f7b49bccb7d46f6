package dev.harden.dockerfile;

import java.util.List;

/**
 * What every instruction has, whatever its kind.
 *
 * @param keyword the instruction keyword as written ({@code run}, {@code RUN})
 * @param span from the keyword to the end of the instruction's last line (continuation lines
 *     included; heredoc bodies not: see {@link Instruction#fullSpan()})
 * @param text the source text of {@code span}, as written
 * @param logical the instruction as BuildKit reads it: continuation lines joined, the escape
 *     characters that joined them and the comment lines between them removed
 * @param flags the {@code --name=value} flags, in order
 * @param arguments the logical text after the keyword and flags, trimmed
 * @param argumentsSpan where {@code arguments} sits (an empty span after the keyword when none)
 * @param heredocs heredocs opened on the instruction line, in order
 */
public record Syntax(
    String keyword,
    SourceSpan keywordSpan,
    SourceSpan span,
    String text,
    String logical,
    List<Flag> flags,
    String arguments,
    SourceSpan argumentsSpan,
    List<Heredoc> heredocs) {

  public Syntax {
    flags = List.copyOf(flags);
    heredocs = List.copyOf(heredocs);
  }
}
