package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.Run;
import dev.harden.dockerfile.shell.ShellScript;
import dev.harden.dockerfile.shell.ShellWord;
import dev.harden.dockerfile.shell.SimpleCommand;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A download executed without being checked: {@code curl .. | sh}, {@code wget -O- .. | sudo bash},
 * {@code sh -c "$(curl ..)"}, {@code bash <(curl ..)}, {@code eval "$(curl ..)"}. Downloading to a
 * file, checking its digest and then running it passes; so does piping into a program that does not
 * execute its input ({@code curl .. | tar xz}).
 */
public final class Hd042PipeDownloadToShell implements DockerfileRule {

  public static final RuleMeta META =
      RuleMeta.of("HD042", RuleKind.DOCKERFILE, "Do not pipe downloads into a shell")
          .severity(Severity.WARNING)
          .rationale(
              "curl | sh runs whatever the server (or anyone between) sends at build time, with"
                  + " no way to check it first and no record of what ran; download the script,"
                  + " verify its checksum, then run it.")
          .build();

  private static final Set<String> DOWNLOADERS = Set.of("curl", "wget");

  /** Commands that run a script named by their argument ({@code . <(curl ..)}). */
  private static final Set<String> SOURCERS = Set.of("source", ".", "eval");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    for (InstructionSite site : InstructionSite.all(ctx.dockerfile())) {
      if (!(site.effective() instanceof Run run)) {
        continue;
      }
      ShellScript script = run.script();
      Set<Integer> reported = new HashSet<>();
      for (SimpleCommand written : InstructionSite.distinct(script.commands())) {
        SimpleCommand c = written.effective();
        if (c.is("curl", "wget")) {
          pipedInterpreter(script, written)
              .filter(i -> reported.add(c.start()))
              .ifPresent(
                  i ->
                      out.report(
                          ctx.at(site.written(), ctx.dockerfile().span(c.start(), c.end())),
                          c.program()
                              + " output is piped into "
                              + i
                              + ": download to a file, verify its checksum, then run it"));
        } else if (Interpreters.isShell(c) || SOURCERS.contains(c.program())) {
          downloadRunAsScript(script, c)
              .filter(d -> reported.add(d.start()))
              .ifPresent(
                  d ->
                      out.report(
                          ctx.at(site.written(), ctx.dockerfile().span(c.start(), c.end())),
                          c.program()
                              + " runs the output of "
                              + d.effective().program()
                              + " directly: download to a file, verify its checksum, then run"
                              + " it"));
        }
      }
    }
  }

  /** The first interpreter downstream in the pipe that executes what it reads. */
  private static Optional<String> pipedInterpreter(ShellScript script, SimpleCommand download) {
    Optional<SimpleCommand> next = script.pipedInto(download);
    for (int hops = 0; next.isPresent() && hops < 16; hops++) {
      SimpleCommand e = next.get().effective();
      if (Interpreters.runsStandardInput(e)) {
        return Optional.of(e.isWrapped() ? String.join(" ", wrapped(e)) : e.program());
      }
      next = script.pipedInto(next.get());
    }
    return Optional.empty();
  }

  private static List<String> wrapped(SimpleCommand e) {
    return List.of(e.wrappers().get(0).value(), e.program());
  }

  /**
   * A download whose output becomes the script: inside a {@code $( )} argument of {@code sh -c} or
   * {@code eval}, or inside a {@code <( )} argument of a shell or {@code source}.
   */
  private static Optional<SimpleCommand> downloadRunAsScript(ShellScript script, SimpleCommand c) {
    List<ShellWord> args = c.arguments();
    boolean dashC = false;
    for (ShellWord a : args) {
      String v = a.value();
      boolean processSubstitution = a.raw().startsWith("<(");
      boolean isScript =
          processSubstitution
              || (c.is("eval") && v.startsWith("$("))
              || (dashC && v.startsWith("$("))
              || (dashC && v.startsWith("`"));
      if (isScript) {
        for (SimpleCommand inner : script.commands()) {
          if (inner.start() >= a.start()
              && inner.end() <= a.end()
              && DOWNLOADERS.contains(inner.effective().program())) {
            return Optional.of(inner);
          }
        }
      }
      dashC |= Interpreters.isShell(c) && v.matches("-[A-Za-z]*c[A-Za-z]*");
    }
    return Optional.empty();
  }
}
