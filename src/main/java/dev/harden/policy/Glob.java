package dev.harden.policy;

import dev.harden.io.GlobSyntax;
import java.util.regex.Pattern;

/**
 * A shell-like pattern for ids, paths and image names in policy and allowlist files, matched
 * against the whole value, in the syntax of image path globs ({@link
 * GlobSyntax#regex}): {@code *} matches any run of characters except {@code /},
 * {@code **} any run including {@code /}, {@code ?} one character, {@code {a,b}} either. Not
 * {@code PathMatcher}, which works on the host's file system paths: ids and image references are
 * not paths.
 */
public final class Glob {

  private final String text;
  private final Pattern pattern;

  private Glob(String text, Pattern pattern) {
    this.text = text;
    this.pattern = pattern;
  }

  public static Glob of(String text, boolean ignoreCase) {
    int flags = ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
    return new Glob(text, Pattern.compile(GlobSyntax.regex(text), flags));
  }

  public boolean matches(String value) {
    return value != null && pattern.matcher(value).matches();
  }

  @Override
  public String toString() {
    return text;
  }
}
