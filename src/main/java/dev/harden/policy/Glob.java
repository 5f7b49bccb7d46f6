package dev.harden.policy;

import java.util.regex.Pattern;

/**
 * A shell-like pattern for ids, paths and image names in policy and allowlist files: {@code *}
 * matches any run of characters except {@code /}, {@code **} any run including {@code /}, {@code ?}
 * one character; everything else is literal. Written by hand because {@code PathMatcher} works on
 * the host's file system paths, and ids and image references are not paths.
 */
public final class Glob {

  private final String text;
  private final Pattern pattern;

  private Glob(String text, Pattern pattern) {
    this.text = text;
    this.pattern = pattern;
  }

  public static Glob of(String text, boolean ignoreCase) {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '*' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
        regex.append(".*");
        i++;
      } else if (c == '*') {
        regex.append("[^/]*");
      } else if (c == '?') {
        regex.append("[^/]");
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    int flags = ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
    return new Glob(text, Pattern.compile(regex.toString(), flags));
  }

  public boolean matches(String value) {
    return value != null && pattern.matcher(value).matches();
  }

  public boolean isLiteral() {
    return text.indexOf('*') < 0 && text.indexOf('?') < 0;
  }

  @Override
  public String toString() {
    return text;
  }
}
