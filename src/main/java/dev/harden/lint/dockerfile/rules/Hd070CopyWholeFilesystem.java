package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.Copy;
import dev.harden.dockerfile.Word;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;
import java.util.Set;

/** {@code COPY --from=build / /}: the whole file system of another stage or image. */
public final class Hd070CopyWholeFilesystem implements DockerfileRule {

  public static final RuleMeta META =
      RuleMeta.of("HD070", RuleKind.DOCKERFILE, "Do not COPY --from a whole file system")
          .severity(Severity.WARNING)
          .rationale(
              "Copying / of a build stage brings its compilers, package manager and caches into"
                  + " the image, undoing the point of a multi-stage build; copy the artefacts.")
          .aliases("DL3067")
          .build();

  private static final Set<String> ROOT = Set.of("/", "/.", "/*", ".");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    for (InstructionSite site : InstructionSite.all(ctx.dockerfile())) {
      if (!(site.effective() instanceof Copy copy) || copy.from().isEmpty()) {
        continue;
      }
      for (Word source : copy.sources()) {
        if (ROOT.contains(source.value())) {
          out.report(
              ctx.at(site.written(), source.span()),
              "COPY --from="
                  + copy.from().get()
                  + " "
                  + source.value()
                  + " copies that stage's"
                  + " whole file system, build tools included: copy only what the image needs");
        }
      }
    }
  }
}
