package dev.harden.reach.jvm;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the text of a java launcher {@code @argfile} (and {@code JDK_JAVA_OPTIONS}) the way the
 * launcher does: arguments separated by white space, single or double quotes group (a backslash
 * escapes inside quotes), {@code #} starts a comment to the end of the line outside quotes.
 */
final class ArgFiles {

  private ArgFiles() {}

  static List<String> split(String text) {
    List<String> args = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean inArg = false;
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else if (c == '\\' && i + 1 < text.length()) {
          char n = text.charAt(++i);
          cur.append(switch (n) {
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            default -> n;
          });
        } else {
          cur.append(c);
        }
        continue;
      }
      if (c == '"' || c == '\'') {
        quote = c;
        inArg = true;
      } else if (c == '#' && !inArg) {
        while (i < text.length() && text.charAt(i) != '\n') {
          i++;
        }
      } else if (Character.isWhitespace(c)) {
        if (inArg) {
          args.add(cur.toString());
          cur.setLength(0);
          inArg = false;
        }
      } else {
        cur.append(c);
        inArg = true;
      }
    }
    if (inArg) {
      args.add(cur.toString());
    }
    return args;
  }
}
