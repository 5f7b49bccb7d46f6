package dev.harden.reach.entry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Expands one shell word as written ({@code "$@"}, {@code ${JAVA_OPTS:-}}, {@code '$x'},
 * {@code $HOME/app}) into the fields a POSIX shell would pass, from known variables and positional
 * parameters. Single quotes are literal; double quotes expand without field splitting; unquoted
 * expansions are split on blanks and vanish when empty; {@code "$@"} gives one field per
 * parameter. Command substitution, arithmetic and globbing are not done: a word with
 * {@code $(..)}, backticks or {@code $((..))} cannot be expanded (empty result).
 */
final class WordExpander {

  private final Map<String, String> vars;
  private final List<String> positional;
  private final String zero;

  /**
   * @param vars shell and environment variables; an unset variable expands to nothing, as in a
   *     shell without {@code set -u}
   * @param zero {@code $0}
   * @param positional {@code $1 ...}
   */
  WordExpander(Map<String, String> vars, String zero, List<String> positional) {
    this.vars = vars;
    this.zero = zero;
    this.positional = positional;
  }

  /** The fields of {@code raw}; empty when something in it cannot be expanded statically. */
  Optional<List<String>> expand(String raw) {
    List<String> fields = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean have = false; // the current field exists (quotes make an empty field exist)
    int i = 0;
    while (i < raw.length()) {
      char c = raw.charAt(i);
      if (c == '\'') {
        int end = raw.indexOf('\'', i + 1);
        if (end < 0) {
          return Optional.empty();
        }
        cur.append(raw, i + 1, end);
        have = true;
        i = end + 1;
      } else if (c == '"') {
        have = true;
        i++;
        while (i < raw.length() && raw.charAt(i) != '"') {
          char d = raw.charAt(i);
          if (d == '\\' && i + 1 < raw.length() && "$`\"\\\n".indexOf(raw.charAt(i + 1)) >= 0) {
            cur.append(raw.charAt(i + 1));
            i += 2;
          } else if (d == '$') {
            if (raw.startsWith("$@", i) || raw.startsWith("${@}", i)) {
              // "$@": one field per parameter, joined to the text around it at the ends
              if (!positional.isEmpty()) {
                cur.append(positional.get(0));
                for (int p = 1; p < positional.size(); p++) {
                  fields.add(cur.toString());
                  cur.setLength(0);
                  cur.append(positional.get(p));
                }
              } else if (cur.length() == 0 && isWholeWord(raw, "\"$@\"", "\"${@}\"")) {
                have = false;
              }
              i += raw.startsWith("$@", i) ? 2 : 4;
              continue;
            }
            Expansion e = parameter(raw, i);
            if (e == null) {
              return Optional.empty();
            }
            cur.append(e.value);
            i = e.end;
          } else if (d == '`') {
            return Optional.empty();
          } else {
            cur.append(d);
            i++;
          }
        }
        i++;
      } else if (c == '\\') {
        if (i + 1 < raw.length()) {
          cur.append(raw.charAt(i + 1));
          have = true;
        }
        i += 2;
      } else if (c == '$') {
        if (raw.startsWith("$@", i) || raw.startsWith("$*", i)) {
          for (String p : positional) {
            if (have || cur.length() > 0) {
              fields.add(cur.toString());
              cur.setLength(0);
            }
            cur.append(p);
            have = true;
          }
          i += 2;
          continue;
        }
        Expansion e = parameter(raw, i);
        if (e == null) {
          return Optional.empty();
        }
        // unquoted: split on blanks
        String[] parts = e.value.split("[ \t\n]+", -1);
        for (int p = 0; p < parts.length; p++) {
          if (p > 0 && (have || cur.length() > 0)) {
            fields.add(cur.toString());
            cur.setLength(0);
            have = false;
          }
          cur.append(parts[p]);
          if (!parts[p].isEmpty()) {
            have = true;
          }
        }
        i = e.end;
      } else if (c == '`') {
        return Optional.empty();
      } else {
        cur.append(c);
        have = true;
        i++;
      }
    }
    if (have || cur.length() > 0) {
      fields.add(cur.toString());
    }
    return Optional.of(fields);
  }

  private static boolean isWholeWord(String raw, String... forms) {
    for (String f : forms) {
      if (raw.equals(f)) {
        return true;
      }
    }
    return false;
  }

  private record Expansion(String value, int end) {}

  /** {@code $NAME}, {@code ${NAME}}, {@code ${NAME:-w}} and friends, {@code $1}, {@code $#}; null for $( and $((. */
  private Expansion parameter(String raw, int at) {
    int i = at + 1;
    if (i >= raw.length()) {
      return new Expansion("$", i);
    }
    char c = raw.charAt(i);
    if (c == '(') {
      return null;
    }
    if (c == '{') {
      int close = raw.indexOf('}', i);
      if (close < 0) {
        return null;
      }
      String body = raw.substring(i + 1, close);
      return new Expansion(braced(body), close + 1);
    }
    if (Character.isDigit(c)) {
      String p = positional(c - '0');
      return new Expansion(p == null ? "" : p, i + 1);
    }
    if (c == '#') {
      return new Expansion(Integer.toString(positional.size()), i + 1);
    }
    if (c == '$' || c == '?' || c == '!' || c == '-') {
      return new Expansion("", i + 1);
    }
    int start = i;
    while (i < raw.length() && (Character.isLetterOrDigit(raw.charAt(i))
        || raw.charAt(i) == '_')) {
      i++;
    }
    if (i == start) {
      return new Expansion("$", start);
    }
    return new Expansion(vars.getOrDefault(raw.substring(start, i), ""), i);
  }

  private String braced(String body) {
    int op = -1;
    for (int k = 0; k < body.length(); k++) {
      char ch = body.charAt(k);
      if (!(Character.isLetterOrDigit(ch) || ch == '_')) {
        op = k;
        break;
      }
    }
    String name = op < 0 ? body : body.substring(0, op);
    String value = name.chars().allMatch(Character::isDigit) && !name.isEmpty()
        && name.length() < 6 ? positional(Integer.parseInt(name)) : vars.get(name);
    if (op < 0) {
      return value == null ? "" : value;
    }
    String rest = body.substring(op);
    boolean colon = rest.startsWith(":");
    String kind = colon ? rest.substring(0, Math.min(2, rest.length())) : rest.substring(0, 1);
    String word = rest.substring(kind.length());
    boolean unset = value == null || (colon && value.isEmpty());
    return switch (kind.replace(":", "")) {
      case "-", "=" -> unset ? word : value;
      case "+" -> unset ? "" : word;
      default -> value == null ? "" : value;
    };
  }

  /** {@code $n}, null when there is no such parameter. */
  private String positional(int n) {
    if (n == 0) {
      return zero;
    }
    return n <= positional.size() ? positional.get(n - 1) : null;
  }
}
