package dev.harden.catalog.dpkg;

import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Licence names declared in a Debian {@code copyright} file: the short names of machine-readable
 * {@code License:} fields and the files under {@code /usr/share/common-licenses/} the text points
 * to. Free-text copyright files without either declare nothing we can name, and give none.
 */
public final class DpkgCopyright {

  /** A License field's first line; its value is a short name, or names joined by or/and. */
  private static final Pattern LICENSE_FIELD =
      Pattern.compile("^License:[ \\t]*(.*)$", Pattern.MULTILINE);
  private static final Pattern SHORT_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.+\\-]*");
  private static final Pattern JOINER = Pattern.compile("(?i)\\s*,?\\s+(?:or|and)\\s+|\\s*,\\s*");
  private static final Pattern COMMON_LICENSE =
      Pattern.compile("/usr/share/common-licenses/([A-Za-z0-9][A-Za-z0-9_.+\\-]*)");

  private DpkgCopyright() {}

  public static List<String> licenses(String text) {
    TreeSet<String> names = new TreeSet<>();
    Matcher m = LICENSE_FIELD.matcher(text);
    while (m.find()) {
      String value = m.group(1).trim();
      String[] parts = JOINER.split(value);
      boolean allNames = value.length() > 0;
      for (String p : parts) {
        allNames &= SHORT_NAME.matcher(p).matches();
      }
      if (!allNames) {
        continue; // prose in the field ("Permission is hereby granted..."), not a name
      }
      for (String p : parts) {
        if (!p.equalsIgnoreCase("none") && !p.equalsIgnoreCase("unknown")) {
          names.add(trimDots(p));
        }
      }
    }
    m = COMMON_LICENSE.matcher(text);
    while (m.find()) {
      names.add(trimDots(m.group(1)));
    }
    names.remove("");
    return List.copyOf(names);
  }

  private static String trimDots(String s) {
    String t = s;
    while (t.endsWith(".")) {
      t = t.substring(0, t.length() - 1);
    }
    return t;
  }
}
