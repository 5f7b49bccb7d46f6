package dev.harden.fix.dockerfile;

import dev.harden.dockerfile.Instruction;
import dev.harden.dockerfile.Run;
import dev.harden.dockerfile.Stage;
import dev.harden.dockerfile.shell.FlagSpec;
import dev.harden.dockerfile.shell.ShellWord;
import dev.harden.dockerfile.shell.SimpleCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * HD022: {@code pip install} (also {@code pip3}, {@code python -m pip}) gets {@code
 * --no-cache-dir}, so downloaded wheels are not kept in the layer. Left alone when {@code
 * PIP_NO_CACHE_DIR} is set or the {@code RUN} mounts a build cache, whose point is to keep them.
 */
final class PipNoCacheDirFix extends AddFlagFix {

  private static final String[] PIPS = {"pip", "pip2", "pip3", "pip3.8", "pip3.9", "pip3.10",
      "pip3.11", "pip3.12", "pip3.13", "pip3.14", "pip3.15"};

  @Override
  public String ruleId() {
    return "HD022";
  }

  @Override
  List<String> programs() {
    return List.of(PIPS);
  }

  @Override
  FlagSpec spec() {
    return ToolFlags.PIP;
  }

  @Override
  Set<String> subcommands() {
    return Set.of("install");
  }

  @Override
  List<ShellCalls.Call> calls(Instruction insn) {
    List<ShellCalls.Call> calls = new ArrayList<>(super.calls(insn));
    if (!(insn.unwrapped() instanceof Run run)) {
      return calls;
    }
    for (SimpleCommand c : run.script().commands()) {
      SimpleCommand e = c.effective();
      if (e.partial() || !e.program().matches("python[0-9.]*")) {
        continue;
      }
      List<ShellWord> args = e.arguments();
      for (int i = 0; i + 1 < args.size(); i++) {
        if (args.get(i).value().equals("-m") && args.get(i + 1).value().matches("pip[0-9.]*")) {
          SimpleCommand pip = new SimpleCommand(e.assignments(), args.subList(i + 1, args.size()),
              e.redirects(), e.wrappers(), e.start(), e.end(), false);
          List<ShellWord> positionals = pip.positionals(ToolFlags.PIP);
          Optional<ShellWord> sub = positionals.isEmpty() || !positionals.get(0).isLiteral()
              ? Optional.empty() : Optional.of(positionals.get(0));
          calls.add(new ShellCalls.Call(insn, run, pip, sub));
          break;
        }
      }
    }
    return calls;
  }

  @Override
  boolean satisfied(FixContext context, ShellCalls.Call call) {
    if (call.command().hasFlag(ToolFlags.PIP, "--no-cache-dir")) {
      return true;
    }
    if (call.command().assignments().stream().anyMatch(a -> a.name().equals("PIP_NO_CACHE_DIR"))
        || call.run().mounts().stream().anyMatch(m -> m.type().equals("cache"))) {
      return true;
    }
    Optional<Stage> stage = context.dockerfile().stageOf(call.instruction());
    return stage.isPresent()
        && stage.get().scopeAt(call.instruction()).variable("PIP_NO_CACHE_DIR").isPresent();
  }

  @Override
  String flag() {
    return "--no-cache-dir";
  }

  @Override
  String description(ShellCalls.Call call) {
    return "add --no-cache-dir to pip install";
  }

  @Override
  String reason() {
    return "pip installs the same packages and keeps no copy of the downloads in the layer";
  }
}
