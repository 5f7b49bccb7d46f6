package dev.harden.catalog.dpkg;

import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Licence names declared in a Debian {@code copyright} file: the short names of machine-readable
 * {@code License:} fields and the files under {@code /usr/share/common-licenses/} the text points
 * to. Free-text copyright files without either declare nothing we can name, and give none.
 *
 * <p>Both are found with {@code indexOf}, not a regex search: a search tries its pattern at every
 * position, and an image has a copyright file per package (a third of the dpkg cataloguer's time).
 */
public final class DpkgCopyright {

  private static final String LICENSE_FIELD = "License:";
  private static final String COMMON_LICENSES = "/usr/share/common-licenses/";
  private static final Pattern SHORT_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.+\\-]*");
  private static final Pattern JOINER = Pattern.compile("(?i)\\s*,?\\s+(?:or|and)\\s+|\\s*,\\s*");

  private DpkgCopyright() {}

  public static List<String> licenses(String text) {
    TreeSet<String> names = new TreeSet<>();
    for (int at = text.indexOf(LICENSE_FIELD); at >= 0;
        at = text.indexOf(LICENSE_FIELD, at + LICENSE_FIELD.length())) {
      if (at == 0 || isLineEnd(text.charAt(at - 1))) {
        addField(text.substring(at + LICENSE_FIELD.length(), lineEnd(text, at)), names);
      }
    }
    for (int at = text.indexOf(COMMON_LICENSES); at >= 0;
        at = text.indexOf(COMMON_LICENSES, at + COMMON_LICENSES.length())) {
      int start = at + COMMON_LICENSES.length();
      int end = start;
      if (end < text.length() && isNameStart(text.charAt(end))) {
        end++;
        while (end < text.length() && isNameChar(text.charAt(end))) {
          end++;
        }
        names.add(trimDots(text.substring(start, end)));
      }
    }
    names.remove("");
    return List.copyOf(names);
  }

  /** A License field's first line: a short name, or names joined by or/and; prose gives none. */
  private static void addField(String field, TreeSet<String> names) {
    String value = field.trim();
    String[] parts = JOINER.split(value);
    boolean allNames = value.length() > 0;
    for (String p : parts) {
      allNames &= SHORT_NAME.matcher(p).matches();
    }
    if (!allNames) {
      return; // prose in the field ("Permission is hereby granted..."), not a name
    }
    for (String p : parts) {
      if (!p.equalsIgnoreCase("none") && !p.equalsIgnoreCase("unknown")) {
        names.add(trimDots(p));
      }
    }
  }

  /** The line terminators a regex's {@code ^} and {@code $} know in multiline mode. */
  private static boolean isLineEnd(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  private static int lineEnd(String text, int from) {
    int i = from;
    while (i < text.length() && !isLineEnd(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isNameStart(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  private static boolean isNameChar(char c) {
    return isNameStart(c) || c == '_' || c == '.' || c == '+' || c == '-';
  }

  private static String trimDots(String s) {
    String t = s;
    while (t.endsWith(".")) {
      t = t.substring(0, t.length() - 1);
    }
    return t;
  }
}
