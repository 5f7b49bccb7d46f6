package dev.harden.lint.image.rules;

import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.image.ImageRule;
import dev.harden.lint.image.ImageSubject;
import java.util.Set;

/**
 * Hardening change ②: a minimal (distroless or scratch) image has no shell. Informational: many
 * slim images keep one on purpose, and an entrypoint script needs it.
 */
public final class Img004Shell implements ImageRule {

  public static final RuleMeta META =
      RuleMeta.of("IMG004", RuleKind.IMAGE, "Prefer an image without a shell")
          .severity(Severity.INFO)
          .rationale(
              "Most exploits of a container end in a shell; an image without one (distroless,"
                  + " scratch) leaves an attacker who gets code execution without the usual"
                  + " tools.")
          .hardening(2)
          .build();

  private static final Set<String> SHELLS =
      Set.of("sh", "bash", "ash", "dash", "zsh", "ksh", "mksh", "busybox");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(ImageSubject image, FindingSink out) {
    Programs.report(image, ImageTree.of(image).programs(SHELLS::contains), n -> "shell",
        out);
  }
}
