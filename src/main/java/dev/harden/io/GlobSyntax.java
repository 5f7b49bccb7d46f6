package dev.harden.io;

import java.util.regex.Pattern;

/** Glob syntax, in one place: image path globs and policy globs both translate through it. */
public final class GlobSyntax {

  private GlobSyntax() {}

  /**
   * The regular expression for a glob's text (image path globs, policy id and image globs):
   * {@code **}{@code /} is any number of leading
   * elements (including none), a lone {@code **} any run of characters, {@code *} and {@code ?}
   * stay inside one element, {@code {a,b}} is an alternation (a brace without its partner is
   * literal), everything else is literal.
   */
  public static String regex(String glob) {
    StringBuilder re = new StringBuilder();
    int i = 0;
    int alternationEnd = -1;
    while (i < glob.length()) {
      char c = glob.charAt(i);
      if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
        boolean slashAfter = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
        re.append(slashAfter ? "(?:.*/)?" : ".*");
        i += slashAfter ? 3 : 2;
        continue;
      }
      if (c == '{' && alternationEnd < 0 && glob.indexOf('}', i + 1) > 0) {
        re.append("(?:");
        alternationEnd = glob.indexOf('}', i + 1);
      } else if (i == alternationEnd) {
        re.append(')');
        alternationEnd = -1;
      } else if (c == ',' && alternationEnd >= 0) {
        re.append('|');
      } else if (c == '*') {
        re.append("[^/]*");
      } else if (c == '?') {
        re.append("[^/]");
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
      i++;
    }
    return re.toString();
  }
}
