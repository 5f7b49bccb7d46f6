package dev.harden.lint.dockerfile.rules;

import dev.harden.lint.FindingSink;
import dev.harden.lint.LabelSchema;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A label {@code labelSchema} types {@code rfc3339} whose value is not an RFC 3339 date-time:
 * {@code 2026-03-01T12:00:00Z}, with optional fractions of a second and {@code Z} or a
 * {@code +hh:mm} offset; {@code T} and {@code Z} may be lower case (RFC 3339 5.6); second 60 (a
 * leap second) is allowed; a date alone or a space instead of {@code T} is not. The date must
 * exist.
 */
public final class Hd079LabelRfc3339 implements DockerfileRule {

  public static final RuleMeta META =
      RuleMeta.of("HD079", RuleKind.DOCKERFILE, "Give rfc3339 labels an RFC 3339 date-time")
          .severity(Severity.WARNING)
          .rationale(
              "org.opencontainers.image.created and similar labels are read by machines, which"
                  + " expect one unambiguous format with a time zone.")
          .aliases("DL3053")
          .build();

  private static final Pattern DATE_TIME = Pattern.compile(
      "(\\d{4})-(\\d{2})-(\\d{2})[Tt](\\d{2}):(\\d{2}):(\\d{2})(\\.\\d+)?"
          + "(?:[Zz]|[+-](\\d{2}):(\\d{2}))");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    SchemaLabels.checkValues(ctx, out, LabelSchema.Type.RFC3339, Hd079LabelRfc3339::valid,
        "an RFC 3339 date-time");
  }

  static boolean valid(String value) {
    Matcher m = DATE_TIME.matcher(value);
    if (!m.matches()) {
      return false;
    }
    try {
      LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
    } catch (DateTimeException e) {
      return false;
    }
    boolean offsetOk = m.group(8) == null || num(m, 8) <= 23 && num(m, 9) <= 59;
    return num(m, 4) <= 23 && num(m, 5) <= 59 && num(m, 6) <= 60 && offsetOk;
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
