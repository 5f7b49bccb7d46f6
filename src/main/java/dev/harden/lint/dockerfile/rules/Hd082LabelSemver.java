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
 * A label {@code labelSchema} types {@code semver} whose value is not a semantic version as
 * semver.org 2.0.0 defines it: {@code MAJOR.MINOR.PATCH} without leading zeros, then optionally
 * {@code -pre.release} (numeric parts without leading zeros) and {@code +build.metadata}. A
 * leading {@code v} and two-part versions ({@code 1.2}) are not semantic versions.
 */
public final class Hd082LabelSemver implements DockerfileRule {

  public static final RuleMeta META =
      RuleMeta.of("HD082", RuleKind.DOCKERFILE, "Give semver labels a semantic version")
          .severity(Severity.WARNING)
          .rationale(
              "Version labels are compared and sorted by tools; that only works when every image"
                  + " spells its version the same way.")
          .aliases("DL3056")
          .build();

  private static final String NUMBER = "(?:0|[1-9][0-9]*)";
  private static final String PRE_PART = "(?:" + NUMBER + "|[0-9]*[A-Za-z-][0-9A-Za-z-]*)";
  private static final String BUILD_PART = "[0-9A-Za-z-]+";
  private static final Pattern SEMVER = Pattern.compile(
      NUMBER + "\\." + NUMBER + "\\." + NUMBER
          + "(?:-" + PRE_PART + "(?:\\." + PRE_PART + ")*)?"
          + "(?:\\+" + BUILD_PART + "(?:\\." + BUILD_PART + ")*)?");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    SchemaLabels.checkValues(ctx, out, LabelSchema.Type.SEMVER, Hd082LabelSemver::valid,
        "a semantic version (MAJOR.MINOR.PATCH, semver.org 2.0.0)");
  }

  static boolean valid(String value) {
    return SEMVER.matcher(value).matches();
  }
}
