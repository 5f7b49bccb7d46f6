package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.Workdir;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;
import java.util.Optional;

/**
 * {@code WORKDIR app}: resolved against whatever the previous WORKDIR (or the base image's) was.
 */
public final class Hd044RelativeWorkdir implements DockerfileRule {

  public static final RuleMeta META =
      RuleMeta.of("HD044", RuleKind.DOCKERFILE, "Use an absolute WORKDIR")
          .severity(Severity.ERROR)
          .rationale(
              "A relative WORKDIR is resolved against the previous one, which may come from the"
                  + " base image and change with it; an absolute path says where files land.")
          .aliases("DL3000", "DS-0009", "DS009")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    for (InstructionSite site : InstructionSite.all(ctx.dockerfile())) {
      if (site.effective() instanceof Workdir workdir) {
        Optional<String> path = Paths.known(workdir.path(), site.scope());
        if (path.isPresent() && !path.get().isEmpty() && !Paths.isAbsolute(path.get())) {
          out.report(
              ctx.at(site.written(), workdir.path().span()),
              "WORKDIR "
                  + path.get()
                  + " is relative: it depends on the previous WORKDIR,"
                  + " possibly the base image's; use an absolute path");
        }
      }
    }
  }
}
