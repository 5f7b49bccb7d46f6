package dev.harden.version.semver;

import dev.harden.version.InvalidVersionException;
import dev.harden.version.Version;
import dev.harden.version.VersionScheme;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.semver4j.Semver;

/**
 * SemVer 2.0.0 precedence (via semver4j), in three spellings:
 *
 * <ul>
 *   <li>{@link #STRICT}: exactly SemVer 2 (crates.io, OSV {@code SEMVER} ranges);
 *   <li>{@link #NPM}: also the loose forms node-semver accepts: leading {@code v} or {@code =}
 *       and spaces, leading zeros in numbers, a pre-release without its hyphen ({@code 1.2.3beta});
 *   <li>{@link #GO}: Go module versions, {@code v} prefix optional (OSV writes them without),
 *       {@code go} prefix for toolchain versions, the {@code vMAJOR.MINOR} shorthand; pseudo-versions
 *       are ordinary pre-releases and {@code +incompatible} is build metadata.
 * </ul>
 *
 * Build metadata does not take part in precedence, so two versions that differ only there are
 * equal (semver4j's own {@code equals} disagrees with its {@code compareTo} on that; ours agree).
 */
public final class SemverScheme implements VersionScheme {

  public static final SemverScheme STRICT = new SemverScheme("semver");
  public static final SemverScheme NPM = new SemverScheme("npm");
  public static final SemverScheme GO = new SemverScheme("go");

  private static final Pattern LOOSE =
      Pattern.compile(
          "^[=v\\s]*(\\d+)\\.(\\d+)\\.(\\d+)(?:-?([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?"
              + "(?:\\+([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?\\s*$");
  private static final Pattern GO_SHORT = Pattern.compile("^(\\d+)(?:\\.(\\d+))?$");

  private final String id;

  private SemverScheme(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public Version parse(String raw) throws InvalidVersionException {
    if (raw == null || raw.isBlank()) {
      throw new InvalidVersionException(id, String.valueOf(raw), "empty");
    }
    String strict =
        switch (id) {
          case "npm" -> npmToStrict(raw);
          case "go" -> goToStrict(raw);
          default -> raw.startsWith("v") ? null : raw;
        };
    Semver parsed = strict == null ? null : Semver.parse(strict);
    if (parsed == null) {
      throw new InvalidVersionException(id, raw, "not MAJOR.MINOR.PATCH[-pre][+build]");
    }
    return new SemverVersion(raw, this, parsed);
  }

  /** Rewrites node-semver's loose spellings to strict SemVer; {@code null} when not a version. */
  private static String npmToStrict(String raw) {
    Matcher m = LOOSE.matcher(raw);
    if (!m.matches()) {
      return null;
    }
    StringBuilder s =
        new StringBuilder()
            .append(trimZeros(m.group(1)))
            .append('.')
            .append(trimZeros(m.group(2)))
            .append('.')
            .append(trimZeros(m.group(3)));
    if (m.group(4) != null) {
      s.append('-');
      String[] ids = m.group(4).split("\\.");
      for (int i = 0; i < ids.length; i++) {
        s.append(i == 0 ? "" : ".").append(ids[i].matches("\\d+") ? trimZeros(ids[i]) : ids[i]);
      }
    }
    if (m.group(5) != null) {
      s.append('+').append(m.group(5));
    }
    return s.toString();
  }

  private static String goToStrict(String raw) {
    String s = raw.strip();
    if (s.startsWith("go")) {
      s = s.substring(2);
    } else if (s.startsWith("v")) {
      s = s.substring(1);
    }
    Matcher shorthand = GO_SHORT.matcher(s);
    if (shorthand.matches()) {
      s = shorthand.group(1) + "." + (shorthand.group(2) == null ? "0" : shorthand.group(2)) + ".0";
    }
    return s;
  }

  private static String trimZeros(String digits) {
    String t = digits.replaceFirst("^0+", "");
    return t.isEmpty() ? "0" : t;
  }
}
