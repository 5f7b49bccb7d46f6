package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.Dockerfile;
import dev.harden.dockerfile.Instruction;
import dev.harden.dockerfile.Onbuild;
import dev.harden.dockerfile.Scope;
import dev.harden.dockerfile.Stage;
import dev.harden.dockerfile.shell.SimpleCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One instruction of a stage as a rule sees it: {@code written} is what the file says (locations
 * and suppressions attach to it), {@code effective} what runs ({@code ONBUILD RUN x} is the {@code
 * RUN x} a child build runs). A trigger runs in somebody else's build, so the variables in effect
 * there are not known.
 */
record InstructionSite(Stage stage, Instruction written, Instruction effective) {

  /** Every instruction of every stage, ONBUILD triggers unwrapped, in file order. */
  static List<InstructionSite> all(Dockerfile dockerfile) {
    List<InstructionSite> sites = new ArrayList<>();
    for (Stage stage : dockerfile.stages()) {
      sites.addAll(of(stage));
    }
    return sites;
  }

  /** The instructions of one stage, ONBUILD triggers unwrapped. */
  static List<InstructionSite> of(Stage stage) {
    List<InstructionSite> sites = new ArrayList<>();
    for (Instruction insn : stage.instructions()) {
      sites.add(new InstructionSite(stage, insn, insn.unwrapped()));
    }
    return sites;
  }

  boolean isTrigger() {
    return written instanceof Onbuild;
  }

  /** The variables and SHELL in effect, unknown for a trigger. */
  Optional<Scope> scope() {
    return isTrigger() ? Optional.empty() : Optional.of(stage.scopeAt(written));
  }

  /** Commands of a script, each listed once (a nested script can repeat a substitution). */
  static List<SimpleCommand> distinct(List<SimpleCommand> commands) {
    List<SimpleCommand> out = new ArrayList<>();
    int last = -1;
    for (SimpleCommand c : commands) {
      if (c.start() != last) {
        out.add(c);
      }
      last = c.start();
    }
    return out;
  }
}
