package dev.harden.dockerfile.shell;

import java.util.List;

/** Commands joined by {@code |} (or {@code |&}); {@code negated} for a leading {@code !}. */
public record Pipeline(List<Command> commands, boolean negated) {

  public Pipeline {
    commands = List.copyOf(commands);
  }

  /** True when there is at least one {@code |}. */
  public boolean isPiped() {
    return commands.size() > 1;
  }
}
