package dev.harden.version;

/**
 * Compares runs of ASCII digits by numeric value without a size limit (versions such as
 * {@code 1.0.0_pre20191002222144} overflow a 32-bit int, which some reference tools wrap).
 */
public final class NumericStrings {

  private NumericStrings() {}

  /** The digits without leading zeros; {@code ""} for zero or an empty run. */
  public static String stripLeadingZeros(CharSequence digits) {
    int i = 0;
    while (i < digits.length() && digits.charAt(i) == '0') {
      i++;
    }
    return digits.subSequence(i, digits.length()).toString();
  }

  /** Numeric comparison of two digit runs (an empty run counts as zero). */
  public static int compare(CharSequence a, CharSequence b) {
    String x = stripLeadingZeros(a);
    String y = stripLeadingZeros(b);
    if (x.length() != y.length()) {
      return Integer.compare(x.length(), y.length());
    }
    return Integer.signum(x.compareTo(y));
  }

  /** True when every character is an ASCII digit (and there is at least one). */
  public static boolean isDigits(CharSequence s) {
    if (s.length() == 0) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** ASCII digit test ({@link Character#isDigit} also accepts other scripts' digits). */
  public static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
