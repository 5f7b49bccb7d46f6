package dev.harden.dockerfile;

import java.util.List;
import java.util.Optional;

/** {@code ADD [--checksum=..] [--keep-git-dir] [--chown=..] [--chmod=..] [--link] src... dest}. */
public record Add(Syntax syntax, List<Word> sources, Word destination, boolean execForm)
    implements Instruction {

  public Add {
    sources = List.copyOf(sources);
  }

  public Optional<String> checksum() {
    return flag("checksum").flatMap(Flag::value);
  }

  /** The heredoc a source stands for, if it is a {@code <<NAME} word. */
  public Optional<Heredoc> heredocSource(Word source) {
    return Heredocs.forSource(this, source);
  }
}
