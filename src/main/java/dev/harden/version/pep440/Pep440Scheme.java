package dev.harden.version.pep440;

import dev.harden.version.InvalidVersionException;
import dev.harden.version.Version;
import dev.harden.version.VersionScheme;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python package versions as PEP 440 defines them: {@code [N!]N(.N)*[{a|b|rc}N][.postN][.devN]
 * [+local]}, with the spec's normalisations (case, {@code alpha/beta/c/pre/preview}, {@code
 * rev/r}, implicit numbers, the {@code 1.0-1} post-release form, separators, a leading {@code v}).
 * Ordering: epoch, release (trailing zeros ignored), then dev-only releases before pre-releases
 * before the final release before post-releases, dev releases of each before it, and a local
 * version after the same public version.
 */
public final class Pep440Scheme implements VersionScheme {

  public static final Pep440Scheme INSTANCE = new Pep440Scheme();

  private static final String SEP = "[-_.]?";
  private static final Pattern VERSION =
      Pattern.compile(
          "^\\s*v?(?:(\\d+)!)?(\\d+(?:\\.\\d+)*)"
              + "(?:" + SEP + "(alpha|beta|preview|pre|rc|a|b|c)" + SEP + "(\\d+)?)?"
              + "(?:-(\\d+)|" + SEP + "(post|rev|r)" + SEP + "(\\d+)?)?"
              + "(?:" + SEP + "(dev)" + SEP + "(\\d+)?)?"
              + "(?:\\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?\\s*$",
          Pattern.CASE_INSENSITIVE);

  private Pep440Scheme() {}

  @Override
  public String id() {
    return "pep440";
  }

  @Override
  public Version parse(String raw) throws InvalidVersionException {
    if (raw == null) {
      throw new InvalidVersionException(id(), "null", "no version");
    }
    Matcher m = VERSION.matcher(raw);
    if (!m.matches()) {
      throw new InvalidVersionException(id(), raw, "not a PEP 440 version");
    }
    BigInteger epoch = m.group(1) == null ? BigInteger.ZERO : new BigInteger(m.group(1));
    List<BigInteger> release = new ArrayList<>();
    for (String part : m.group(2).split("\\.")) {
      release.add(new BigInteger(part));
    }
    while (release.size() > 1 && release.get(release.size() - 1).signum() == 0) {
      release.remove(release.size() - 1);
    }
    Pep440Version.Pre pre = null;
    if (m.group(3) != null) {
      pre = new Pep440Version.Pre(preLabel(m.group(3)), number(m.group(4)));
    }
    BigInteger post = null;
    if (m.group(5) != null) {
      post = new BigInteger(m.group(5));
    } else if (m.group(6) != null) {
      post = number(m.group(7));
    }
    BigInteger dev = m.group(8) == null ? null : number(m.group(9));
    List<Object> local = new ArrayList<>();
    if (m.group(10) != null) {
      for (String seg : m.group(10).toLowerCase(Locale.ROOT).split("[-_.]")) {
        local.add(seg.matches("\\d+") ? new BigInteger(seg) : seg);
      }
    }
    return new Pep440Version(raw, epoch, release, pre, post, dev, local);
  }

  private static BigInteger number(String digits) {
    return digits == null ? BigInteger.ZERO : new BigInteger(digits);
  }

  /** 0 for a, 1 for b, 2 for rc. */
  private static int preLabel(String s) {
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "a", "alpha" -> 0;
      case "b", "beta" -> 1;
      default -> 2;
    };
  }
}
