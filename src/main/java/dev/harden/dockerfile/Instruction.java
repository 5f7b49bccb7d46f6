package dev.harden.dockerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One Dockerfile instruction. The type is the discriminator: test it with {@code instanceof}. Every
 * kind carries its {@link Syntax} (keyword, spans, raw and logical text, flags, heredocs).
 */
public sealed interface Instruction
    permits From,
        Run,
        Cmd,
        Label,
        Maintainer,
        Expose,
        Env,
        Add,
        Copy,
        Entrypoint,
        Volume,
        User,
        Workdir,
        Arg,
        Onbuild,
        Stopsignal,
        Healthcheck,
        Shell {

  Syntax syntax();

  /** The keyword in upper case ({@code RUN}). */
  default String keyword() {
    return syntax().keyword().toUpperCase(Locale.ROOT);
  }

  /** The instruction's lines (heredoc bodies excluded). */
  default SourceSpan span() {
    return syntax().span();
  }

  /** The instruction and its heredoc bodies up to the last terminator line. */
  default SourceSpan fullSpan() {
    List<Heredoc> docs = syntax().heredocs();
    if (docs.isEmpty()) {
      return span();
    }
    return new SourceSpan(span().start(), docs.get(docs.size() - 1).terminator().end());
  }

  /** 1-based line of the keyword. */
  default int line() {
    return span().line();
  }

  default List<Flag> flags() {
    return syntax().flags();
  }

  /** The first flag called {@code name} (without dashes). */
  default Optional<Flag> flag(String name) {
    for (Flag f : syntax().flags()) {
      if (f.name().equals(name)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** Every flag called {@code name}, for repeatable ones such as {@code --mount}. */
  default List<Flag> flags(String name) {
    List<Flag> found = new ArrayList<>();
    for (Flag f : syntax().flags()) {
      if (f.name().equals(name)) {
        found.add(f);
      }
    }
    return found;
  }

  default List<Heredoc> heredocs() {
    return syntax().heredocs();
  }

  /**
   * The instruction a rule should look at: an {@code ONBUILD}'s trigger, otherwise this one (so a
   * rule about {@code RUN} also sees {@code ONBUILD RUN}).
   */
  default Instruction unwrapped() {
    return this instanceof Onbuild onbuild ? onbuild.trigger() : this;
  }
}
