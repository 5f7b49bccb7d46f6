package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.Flag;
import dev.harden.dockerfile.Stage;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;
import java.util.Optional;

/**
 * {@code FROM --platform=linux/amd64}: a constant platform makes multi-platform builds produce the
 * wrong architecture or run emulated; {@code --platform=$TARGETPLATFORM} only restates the default.
 * {@code $BUILDPLATFORM} (cross-compiling on the build machine) and other variables pass.
 */
public final class Hd067FromPlatform implements DockerfileRule {

  public static final RuleMeta META =
      RuleMeta.of("HD067", RuleKind.DOCKERFILE, "Do not pin FROM --platform to a constant")
          .severity(Severity.INFO)
          .rationale(
              "A fixed platform ignores docker build --platform: a multi-platform build ships the"
                  + " same architecture under every platform, or runs it under emulation.")
          .aliases("DL3029", "DL3065")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    for (Stage stage : ctx.dockerfile().stages()) {
      Optional<Flag> flag = stage.from().flag("platform");
      if (flag.isEmpty()) {
        continue;
      }
      String value = flag.get().valueOrEmpty().trim();
      if (value.equals("$TARGETPLATFORM") || value.equals("${TARGETPLATFORM}")) {
        out.report(
            ctx.at(stage.from(), flag.get().span()),
            "--platform=" + value + " is what FROM does anyway: drop it");
      } else if (!value.isEmpty() && !value.contains("$")) {
        out.report(
            ctx.at(stage.from(), flag.get().span()),
            "--platform="
                + value
                + " pins stage "
                + stage.label()
                + " to one platform whatever"
                + " docker build --platform asks for; use $BUILDPLATFORM for build stages or drop"
                + " it");
      }
    }
  }
}
