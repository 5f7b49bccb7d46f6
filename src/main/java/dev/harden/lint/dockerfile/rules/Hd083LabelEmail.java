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
 * A label {@code labelSchema} types {@code email} whose value is not one address in the form RFC
 * 5322 calls addr-spec: {@code local@domain}, the local part dot-separated words or a quoted
 * string, the domain dot-separated words or a {@code [literal]}; non-ASCII letters are allowed as
 * RFC 6532 allows them. A display name ({@code Jane <jane@example.com>}) or a list is not one
 * address.
 */
public final class Hd083LabelEmail implements DockerfileRule {

  public static final RuleMeta META =
      RuleMeta.of("HD083", RuleKind.DOCKERFILE, "Give email labels an e-mail address")
          .severity(Severity.WARNING)
          .rationale(
              "A contact label is only useful if whoever finds the image can write to it.")
          .aliases("DL3058")
          .build();

  /** A character of an unquoted word: printable, not a space, not one of RFC 5322's specials. */
  private static final String ATEXT = "[^\\x00-\\x20\\x7F()<>\\[\\]:;@\\\\,.\"]";
  private static final String DOT_ATOM = ATEXT + "+(?:\\." + ATEXT + "+)*";
  private static final String QUOTED =
      "\"(?:[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]|\\\\[\\x20-\\x7E])*\"";
  private static final String LITERAL = "\\[[\\x21-\\x5A\\x5E-\\x7E]*\\]";
  private static final Pattern ADDRESS = Pattern.compile(
      "(" + DOT_ATOM + "|" + QUOTED + ")@(" + DOT_ATOM + "|" + LITERAL + ")");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    SchemaLabels.checkValues(ctx, out, LabelSchema.Type.EMAIL, Hd083LabelEmail::valid,
        "an e-mail address");
  }

  static boolean valid(String value) {
    var m = ADDRESS.matcher(value);
    return m.matches() && m.group(1).length() <= 64 && m.group(2).length() <= 255;
  }
}
