package dev.harden.lint.dockerfile.rules;

import java.util.regex.Pattern;

/**
 * Reads chmod-style modes ({@code 777}, {@code 0666}, {@code a+rwx}, {@code u=rwx,o=rwx}) and says
 * whether they make a file writable by every user. A sticky bit ({@code 1777}, {@code +t}) is how
 * shared directories such as /tmp are meant to be world-writable, so it passes.
 */
final class FileModes {

  private static final Pattern OCTAL = Pattern.compile("0*([0-7]?)[0-7]{2}([0-7])");
  private static final Pattern CLAUSE = Pattern.compile("([ugoa]*)([-+=])([rwxXst]*)");

  private FileModes() {}

  static boolean isWorldWritable(String mode) {
    var octal = OCTAL.matcher(mode);
    if (octal.matches()) {
      boolean sticky = !octal.group(1).isEmpty() && (octal.group(1).charAt(0) - '0' & 1) != 0;
      return !sticky && ((octal.group(2).charAt(0) - '0') & 2) != 0;
    }
    boolean writable = false;
    for (String clause : mode.split(",")) {
      var m = CLAUSE.matcher(clause);
      if (!m.matches()) {
        return false;
      }
      String who = m.group(1);
      String perms = m.group(3);
      if (perms.contains("t")) {
        return false;
      }
      boolean others = who.contains("o") || who.contains("a");
      if (others && !m.group(2).equals("-") && perms.contains("w")) {
        writable = true;
      }
    }
    return writable;
  }
}
