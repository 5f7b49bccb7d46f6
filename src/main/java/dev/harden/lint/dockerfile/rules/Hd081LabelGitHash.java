package dev.harden.lint.dockerfile.rules;

import dev.harden.lint.FindingSink;
import dev.harden.lint.LabelSchema;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;
import java.util.regex.Pattern;

/**
 * A label {@code labelSchema} types {@code hash} whose value is not a git commit id: 7 to 40
 * lower-case hex digits (a full SHA-1 id or an abbreviation, which git makes at least 7 long), or
 * 64 for a repository using SHA-256.
 */
public final class Hd081LabelGitHash implements DockerfileRule {

  public static final RuleMeta META =
      RuleMeta.of("HD081", RuleKind.DOCKERFILE, "Give hash labels a git commit id")
          .severity(Severity.WARNING)
          .rationale(
              "A revision label such as org.opencontainers.image.revision ties the image to the"
                  + " commit it was built from only if it holds the commit id.")
          .aliases("DL3055")
          .build();

  private static final Pattern HASH = Pattern.compile("[0-9a-f]{7,40}|[0-9a-f]{64}");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    SchemaLabels.checkValues(ctx, out, LabelSchema.Type.HASH, Hd081LabelGitHash::valid,
        "a git commit id (7 to 40 or 64 lower-case hex digits)");
  }

  static boolean valid(String value) {
    return HASH.matcher(value).matches();
  }
}
