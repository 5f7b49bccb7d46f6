package dev.harden.dockerfile.shell;

import java.util.List;

/**
 * A compound command. What {@code words} and {@code bodies} hold depends on the kind (see {@link
 * CompoundKind}); rules rarely need more than "the commands inside", which {@link
 * ShellScript#commands()} already lists.
 */
public record CompoundCommand(
    CompoundKind kind,
    List<ShellWord> words,
    List<Sequence> bodies,
    List<Redirect> redirects,
    int start,
    int end)
    implements Command {

  public CompoundCommand {
    words = List.copyOf(words);
    bodies = List.copyOf(bodies);
    redirects = List.copyOf(redirects);
  }
}
