package dev.harden.reach.elf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A path pattern of the runtime table: {@code {name}} binds one or more whole path elements (or
 * none, for the root), {@code *} and {@code ?} match inside one element. {@code
 * {home}/bin/java} matches {@code /usr/lib/jvm/java-17/bin/java} with {@code home =
 * /usr/lib/jvm/java-17}.
 */
final class BoundPattern {

  private static final Pattern NAME = Pattern.compile("\\{([a-z]+)}");

  private final String text;
  private final Pattern regex;
  private final List<String> names;

  private BoundPattern(String text, Pattern regex, List<String> names) {
    this.text = text;
    this.regex = regex;
    this.names = names;
  }

  static BoundPattern compile(String text) {
    StringBuilder re = new StringBuilder();
    List<String> names = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '{') {
        int close = text.indexOf('}', i);
        if (close < 0) {
          throw new IllegalArgumentException("unclosed { in " + text);
        }
        String name = text.substring(i + 1, close);
        if (names.contains(name)) {
          re.append("\\k<").append(name).append('>');
        } else {
          names.add(name);
          re.append("(?<").append(name).append(">(?:/[^/]+)*?)");
        }
        i = close + 1;
        continue;
      }
      switch (c) {
        case '*' -> re.append("[^/]*");
        case '?' -> re.append("[^/]");
        default -> re.append(Pattern.quote(String.valueOf(c)));
      }
      i++;
    }
    return new BoundPattern(text, Pattern.compile(re.toString()), names);
  }

  /** The bindings when {@code path} matches. */
  Optional<Map<String, String>> match(String path) {
    Matcher m = regex.matcher(path);
    if (!m.matches()) {
      return Optional.empty();
    }
    Map<String, String> bound = new HashMap<>();
    for (String n : names) {
      bound.put(n, m.group(n));
    }
    return Optional.of(bound);
  }

  /**
   * {@code template} with {@code {name}} replaced by the bindings (wildcards stay); empty when it
   * names something unbound.
   */
  static Optional<String> substitute(String template, Map<String, String> bound) {
    Matcher m = NAME.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = bound.get(m.group(1));
      if (value == null) {
        return Optional.empty();
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return Optional.of(out.toString());
  }

  @Override
  public String toString() {
    return text;
  }
}
