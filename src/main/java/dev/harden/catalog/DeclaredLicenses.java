package dev.harden.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits a declared licence field into names, keeping SPDX expressions whole. */
public final class DeclaredLicenses {

  private static final Pattern EXPRESSION_OPERATOR =
      Pattern.compile("\\s(AND|OR|WITH)\\s|[()]", Pattern.CASE_INSENSITIVE);

  private DeclaredLicenses() {}

  /**
   * {@code "MIT BSD GPL2+"} (apk's space-separated list) gives three names; {@code "MIT OR
   * Apache-2.0"} stays one expression.
   */
  public static List<String> split(String field) {
    if (field == null || field.isBlank()) {
      return List.of();
    }
    String f = field.trim();
    if (EXPRESSION_OPERATOR.matcher(f).find()) {
      return List.of(f);
    }
    List<String> out = new ArrayList<>();
    for (String part : f.split("\\s+")) {
      if (!part.isEmpty()) {
        out.add(part);
      }
    }
    return out;
  }
}
