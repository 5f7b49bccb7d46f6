package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.Run;
import dev.harden.dockerfile.Stage;
import dev.harden.dockerfile.shell.SimpleCommand;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;

/** One stage that runs both wget and curl (installing one of them is not using it). */
public final class Hd061WgetAndCurl implements DockerfileRule {

  public static final RuleMeta META =
      RuleMeta.of("HD061", RuleKind.DOCKERFILE, "Use either wget or curl, not both")
          .severity(Severity.STYLE)
          .rationale(
              "Two download tools in one stage mean two packages to install, patch and keep in"
                  + " the image for the same job.")
          .aliases("DL4001", "DS-0014", "DS014")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    for (Stage stage : ctx.dockerfile().stages()) {
      InstructionSite firstCurl = null;
      InstructionSite firstWget = null;
      SimpleCommand second = null;
      InstructionSite secondSite = null;
      for (InstructionSite site : InstructionSite.of(stage)) {
        if (!(site.effective() instanceof Run run)) {
          continue;
        }
        for (SimpleCommand c : run.script().commands("curl", "wget")) {
          boolean curl = c.is("curl");
          if (curl && firstCurl == null) {
            firstCurl = site;
          } else if (!curl && firstWget == null) {
            firstWget = site;
          } else {
            continue;
          }
          if (firstCurl != null && firstWget != null && second == null) {
            second = c;
            secondSite = site;
          }
        }
      }
      if (second != null) {
        InstructionSite other = second.is("curl") ? firstWget : firstCurl;
        out.report(
            ctx.at(secondSite.written(), ctx.dockerfile().span(second.start(), second.end())),
            "stage "
                + stage.label()
                + " uses both "
                + (second.is("curl") ? "wget" : "curl")
                + " (line "
                + other.written().line()
                + ") and "
                + second.program()
                + ": use one download tool");
      }
    }
  }
}
