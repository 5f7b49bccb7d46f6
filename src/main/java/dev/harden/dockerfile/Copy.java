package dev.harden.dockerfile;

import java.util.List;
import java.util.Optional;

/**
 * {@code COPY [--from=..] [--chown=..] [--chmod=..] [--link] [--parents] [--exclude=..] src...
 * dest}. A source written as {@code <<EOF} is a heredoc: see {@link #heredocSource(Word)}.
 */
public record Copy(Syntax syntax, List<Word> sources, Word destination, boolean execForm)
    implements Instruction {

  public Copy {
    sources = List.copyOf(sources);
  }

  /** The {@code --from} value as written (a stage name, a stage index or an image). */
  public Optional<String> from() {
    return flag("from").flatMap(Flag::value);
  }

  /** The heredoc a source stands for, if it is a {@code <<NAME} word. */
  public Optional<Heredoc> heredocSource(Word source) {
    return Heredocs.forSource(this, source);
  }
}
