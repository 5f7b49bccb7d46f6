package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.Run;
import dev.harden.dockerfile.shell.Connector;
import dev.harden.dockerfile.shell.ShellScript;
import dev.harden.dockerfile.shell.SimpleCommand;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;
import java.util.Map;

/**
 * Commands in RUN that need a terminal, a running system or privileges a build does not have:
 * editors, {@code ssh}, {@code service}, {@code shutdown}, {@code ps}, {@code top}, {@code free},
 * {@code mount}, {@code ifconfig}, {@code kill}. A {@code kill} of a job the same RUN started in
 * the background is how a temporary server is stopped, and passes.
 */
public final class Hd063PointlessCommands implements DockerfileRule {

  public static final RuleMeta META =
      RuleMeta.of("HD063", RuleKind.DOCKERFILE, "Do not run interactive or system commands in RUN")
          .severity(Severity.INFO)
          .rationale(
              "A build has no terminal, no init system and no running services: these commands"
                  + " hang, fail or report on the build container rather than the image.")
          .aliases("DL3001")
          .build();

  private static final Map<String, String> WHY =
      Map.ofEntries(
          Map.entry("vim", "needs a terminal"),
          Map.entry("vi", "needs a terminal"),
          Map.entry("nano", "needs a terminal"),
          Map.entry("top", "needs a terminal"),
          Map.entry("ssh", "reaches out of the build with credentials it should not have"),
          Map.entry("service", "starts services that do not survive the RUN"),
          Map.entry("shutdown", "cannot shut down a build"),
          Map.entry("reboot", "cannot reboot a build"),
          Map.entry("ps", "shows the build container's processes, not the image's"),
          Map.entry("free", "shows the build machine's memory, not the image's"),
          Map.entry("mount", "needs privileges a build does not have"),
          Map.entry("ifconfig", "shows the build container's network, not the image's"),
          Map.entry("kill", "has no process of the image to stop"));

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
      for (SimpleCommand c : InstructionSite.distinct(script.commands())) {
        SimpleCommand e = c.effective();
        String why = WHY.get(e.program());
        if (why == null || (e.is("kill") && startsBackgroundJob(script))) {
          continue;
        }
        out.report(
            ctx.at(site.written(), ctx.dockerfile().span(c.start(), c.end())),
            e.program() + " in RUN " + why);
      }
    }
  }

  private static boolean startsBackgroundJob(ShellScript script) {
    for (SimpleCommand c : script.commands()) {
      if (script.connectorAfter(c) == Connector.BACKGROUND) {
        return true;
      }
    }
    return false;
  }
}
