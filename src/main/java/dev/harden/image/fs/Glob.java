package dev.harden.image.fs;

import dev.harden.io.GlobSyntax;
import java.util.regex.Pattern;

/**
 * Path globs over absolute image paths: {@code **} matches any number of path elements (including
 * none), {@code *} and {@code ?} stay inside one element, {@code {a,b}} is an alternation. A
 * pattern that does not start with {@code /} is matched against the end of the path, so
 * {@code lib/apk/db/installed} and {@code **}{@code /lib/apk/db/installed} both match
 * {@code /lib/apk/db/installed}.
 */
public final class Glob {

  private final String pattern;
  private final Pattern regex;
  /** Text every match ends with (after the last wildcard): a cheap test before the regex. */
  private final String literalSuffix;
  /**
   * Text the last path element of every match starts with (before its first wildcard), so that
   * {@code **}{@code /.env.*}, whose literal suffix is empty, does not run its regex on every path.
   */
  private final String literalNamePrefix;

  private Glob(String pattern, Pattern regex) {
    this.pattern = pattern;
    this.regex = regex;
    int last = -1;
    for (int i = 0; i < pattern.length(); i++) {
      if ("*?{},".indexOf(pattern.charAt(i)) >= 0) {
        last = i;
      }
    }
    this.literalSuffix = pattern.substring(last + 1);
    String name = pattern.substring(pattern.lastIndexOf('/') + 1);
    int wildcard = 0;
    while (wildcard < name.length() && "*?{},".indexOf(name.charAt(wildcard)) < 0) {
      wildcard++;
    }
    // an alternation may contain a '/', so the last element is only known without one
    this.literalNamePrefix = pattern.indexOf('{') >= 0 ? "" : name.substring(0, wildcard);
  }

  public static Glob compile(String pattern) {
    String p = pattern;
    StringBuilder re = new StringBuilder();
    if (p.startsWith("/")) {
      p = p.substring(1);
      re.append('/');
    } else {
      re.append("(?:.*/)?");
    }
    return new Glob(pattern, Pattern.compile(re.append(GlobSyntax.regex(p)).toString()));
  }

  public boolean matches(String absolutePath) {
    String path = absolutePath.startsWith("/") ? absolutePath : "/" + absolutePath;
    if (!path.endsWith(literalSuffix)
        || !path.startsWith(literalNamePrefix, path.lastIndexOf('/') + 1)) {
      return false;
    }
    if (pattern.startsWith("/")) {
      return regex.matcher(path).matches();
    }
    return regex.matcher(path.substring(1)).matches();
  }

  @Override
  public String toString() {
    return pattern;
  }
}
