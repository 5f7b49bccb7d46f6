package dev.harden.dockerfile;

import dev.harden.dockerfile.shell.ShellScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code RUN [--mount=..] [--network=..] [--security=..] command} (shell or exec form). */
public record Run(Syntax syntax, CommandLine command) implements Instruction {

  /** The shell analysis of the command (heredoc scripts included). */
  public ShellScript script() {
    return command.script();
  }

  /** The {@code --mount} flags, parsed. */
  public List<Mount> mounts() {
    List<Mount> mounts = new ArrayList<>();
    for (Flag f : flags("mount")) {
      mounts.add(new Mount(MountOptions.parse(f.valueOrEmpty()), f));
    }
    return mounts;
  }

  public Optional<String> network() {
    return flag("network").flatMap(Flag::value);
  }

  public Optional<String> security() {
    return flag("security").flatMap(Flag::value);
  }
}
