package dev.harden.dockerfile.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A simple command: assignments, words (the first is the command name) and redirections, e.g.
 * {@code DEBIAN_FRONTEND=noninteractive apt-get install -y curl > /dev/null}.
 *
 * <p>{@code wrappers} is empty for a command as written; {@link #effective()} strips {@code sudo},
 * {@code env}, {@code nice} and friends and lists the stripped words there. {@code partial} marks a
 * command the parser did not fully understand (its words are a best effort).
 */
public record SimpleCommand(
    List<Assignment> assignments,
    List<ShellWord> words,
    List<Redirect> redirects,
    List<ShellWord> wrappers,
    int start,
    int end,
    boolean partial)
    implements Command {

  public SimpleCommand {
    assignments = List.copyOf(assignments);
    words = List.copyOf(words);
    redirects = List.copyOf(redirects);
    wrappers = List.copyOf(wrappers);
  }

  /** The command-name word, absent for a bare assignment or redirection. */
  public Optional<ShellWord> nameWord() {
    return words.isEmpty() ? Optional.empty() : Optional.of(words.get(0));
  }

  /** The command name as written after quote removal ({@code /usr/bin/apt-get}); "" if none. */
  public String name() {
    return words.isEmpty() ? "" : words.get(0).value();
  }

  /** The command name without its directory ({@code apt-get}). */
  public String program() {
    String name = name();
    return name.substring(name.lastIndexOf('/') + 1);
  }

  /** True when {@link #program()} is one of {@code programs}. */
  public boolean is(String... programs) {
    String program = program();
    for (String p : programs) {
      if (p.equals(program)) {
        return true;
      }
    }
    return false;
  }

  /** The words after the command name. */
  public List<ShellWord> arguments() {
    return words.isEmpty() ? List.of() : words.subList(1, words.size());
  }

  /** The values of {@link #arguments()}. */
  public List<String> args() {
    List<String> values = new ArrayList<>();
    for (ShellWord w : arguments()) {
      values.add(w.value());
    }
    return values;
  }

  /**
   * True when any of {@code flags} ({@code "-y"}, {@code "--yes"}) is given, also inside a combined
   * short cluster ({@code -qy}) or with an attached value ({@code --yes=true}).
   */
  public boolean hasFlag(String... flags) {
    return Options.scan(arguments(), FlagSpec.NONE).has(flags);
  }

  /** Like {@link #hasFlag(String...)}, reading the arguments with the tool's option spec. */
  public boolean hasFlag(FlagSpec spec, String... flags) {
    return Options.scan(arguments(), spec).has(flags);
  }

  /**
   * The value of the first of {@code flags} present: {@code --flag=v}, {@code --flag v}, {@code -f
   * v} or {@code -fv}. The given flags are taken to require a value.
   */
  public Optional<String> flagValue(String... flags) {
    List<String> values = flagValues(flags);
    return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** Every value given to any of {@code flags}, in order. */
  public List<String> flagValues(String... flags) {
    return Options.scan(arguments(), FlagSpec.withValues(flags)).values(flags);
  }

  /** The arguments that are not options nor option values, reading options with {@code spec}. */
  public List<ShellWord> positionals(FlagSpec spec) {
    return List.copyOf(Options.scan(arguments(), spec).positionals);
  }

  /** The values of {@link #positionals(FlagSpec)}. */
  public List<String> positionalArgs(FlagSpec spec) {
    List<String> values = new ArrayList<>();
    for (ShellWord w : positionals(spec)) {
      values.add(w.value());
    }
    return values;
  }

  /** The first positional argument ({@code install} in {@code apt-get -y install x}). */
  public Optional<String> subcommand(FlagSpec spec) {
    List<ShellWord> p = positionals(spec);
    return p.isEmpty() ? Optional.empty() : Optional.of(p.get(0).value());
  }

  /**
   * The command that actually runs once wrappers are peeled off: {@code sudo -E apt-get install}
   * becomes {@code apt-get install} (with {@code sudo -E} in {@link #wrappers()}); {@code env A=1
   * cmd} turns {@code A=1} into an assignment. Same {@link #start()} as this command, so it can be
   * passed to the relation queries of {@link ShellScript}.
   */
  public SimpleCommand effective() {
    return Wrappers.unwrap(this);
  }

  /** True when this view had wrappers peeled off. */
  public boolean isWrapped() {
    return !wrappers.isEmpty();
  }
}
