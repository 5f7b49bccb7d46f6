package dev.harden.fix.dockerfile;

import dev.harden.dockerfile.Instruction;
import dev.harden.dockerfile.Run;
import dev.harden.dockerfile.Stage;
import dev.harden.dockerfile.shell.SimpleCommand;
import dev.harden.fix.FixSafety;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * HD015: the {@code RUN} that installs with apt removes the package lists it downloaded ({@code
 * && rm -rf /var/lib/apt/lists/*}). Suggested instead of safe when a later {@code RUN} of the
 * image installs without its own {@code apt-get update}: it relied on the lists this removes.
 */
final class AptListsCleanupFix extends AppendCleanupFix {

  private static final Set<String> INSTALLS = Set.of("install");

  @Override
  public String ruleId() {
    return "HD015";
  }

  @Override
  boolean fillsCache(Instruction insn) {
    return ShellCalls.calls(insn, ToolFlags.APT_GET, "apt-get", "apt").stream()
        .anyMatch(c -> c.is(INSTALLS));
  }

  @Override
  boolean cleansCache(Instruction insn, Run run) {
    if (run.mounts().stream().anyMatch(m -> m.type().equals("cache")
        && m.target().filter(t -> t.startsWith("/var/lib/apt")).isPresent())) {
      return true;
    }
    for (SimpleCommand c : run.script().commands("rm")) {
      if (c.args().stream().anyMatch(a -> a.startsWith("/var/lib/apt/lists"))) {
        return true;
      }
    }
    return false;
  }

  @Override
  String cleanup() {
    return "rm -rf /var/lib/apt/lists/*";
  }

  @Override
  String reason() {
    return "the lists are only needed to install; the image keeps none of them";
  }

  @Override
  FixSafety safety(FixContext context, Instruction insn) {
    return laterInstallWithoutUpdate(context, insn).isPresent() ? FixSafety.SUGGESTED
        : FixSafety.SAFE;
  }

  @Override
  String safetyReason(FixContext context, Instruction insn) {
    return laterInstallWithoutUpdate(context, insn)
        .map(later -> "the RUN on line " + later.line() + " installs packages without its own"
            + " apt-get update and relies on these lists; add apt-get update there too")
        .orElse(reason());
  }

  /** A later RUN of this stage, or of a stage built on it, that installs without updating. */
  private static Optional<Instruction> laterInstallWithoutUpdate(FixContext context,
      Instruction insn) {
    Optional<Stage> own = context.dockerfile().stageOf(insn);
    if (own.isEmpty()) {
      return Optional.empty();
    }
    for (Stage stage : context.dockerfile().stages()) {
      if (!builtOn(context, stage, own.get())) {
        continue;
      }
      for (Instruction later : ShellCalls.runs(stage)) {
        if (later.span().startOffset() <= insn.span().startOffset()) {
          continue;
        }
        List<ShellCalls.Call> calls =
            ShellCalls.calls(later, ToolFlags.APT_GET, "apt-get", "apt");
        boolean installs = calls.stream().anyMatch(c -> c.is(INSTALLS));
        boolean updates = calls.stream().anyMatch(c -> c.is(Set.of("update")));
        if (installs && !updates) {
          return Optional.of(later);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean builtOn(FixContext context, Stage stage, Stage base) {
    Stage s = stage;
    for (int hops = 0; hops <= context.dockerfile().stages().size(); hops++) {
      if (s.index() == base.index()) {
        return true;
      }
      Optional<Integer> next = s.baseStage();
      if (next.isEmpty()) {
        return false;
      }
      s = context.dockerfile().stages().get(next.get());
    }
    return false;
  }
}
