package dev.harden.version;

/**
 * The canonical key of a string read as alternating non-digit and digit runs, where digit runs
 * compare numerically and a trailing empty-text/zero-number pair changes nothing (how dpkg and apk
 * read "1.0" and "1.00" or "a" and "a0"). Used to build hash codes that agree with compareTo.
 */
public final class AlternatingSegments {

  private AlternatingSegments() {}

  /** Canonical key: leading zeros stripped, trailing empty pairs dropped, runs joined by NUL. */
  public static String canonical(String s) {
    StringBuilder out = new StringBuilder();
    int keep = 0;
    int i = 0;
    while (i < s.length()) {
      int start = i;
      while (i < s.length() && !NumericStrings.isDigit(s.charAt(i))) {
        i++;
      }
      String text = s.substring(start, i);
      start = i;
      while (i < s.length() && NumericStrings.isDigit(s.charAt(i))) {
        i++;
      }
      String number = NumericStrings.stripLeadingZeros(s.substring(start, i));
      out.append(text).append('\0').append(number).append('\0');
      if (!text.isEmpty() || !number.isEmpty()) {
        keep = out.length();
      }
    }
    return out.substring(0, keep);
  }
}
