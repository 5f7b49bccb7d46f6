package dev.harden.lint.dockerfile.rules;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code EXPOSE} argument after substitution: {@code 80}, {@code 80/tcp}, {@code
 * 8000-8010/udp}. {@code problem} says why BuildKit would refuse or ignore it.
 */
record PortSpec(String text, int low, int high, String protocol, Optional<String> problem) {

  private static final Pattern SPEC =
      Pattern.compile("(?:(.*):)?([0-9]+)(?:-([0-9]+))?(?:/([A-Za-z]+))?");

  static PortSpec parse(String text) {
    Matcher m = SPEC.matcher(text);
    if (!m.matches()) {
      return invalid(text, "is not a port, a port range or port/protocol");
    }
    String proto = m.group(4) == null ? "tcp" : m.group(4);
    long low = number(m.group(2));
    long high = m.group(3) == null ? low : number(m.group(3));
    if (low > 65535 || high > 65535) {
      return invalid(text, "is out of range: ports go from 0 to 65535");
    }
    if (high < low) {
      return invalid(text, "is an empty range");
    }
    PortSpec spec =
        new PortSpec(text, (int) low, (int) high, proto.toLowerCase(Locale.ROOT), Optional.empty());
    if (!Pattern.matches("(?i)tcp|udp|sctp", proto)) {
      return spec.with("has an unknown protocol " + proto + " (tcp, udp or sctp)");
    }
    if (m.group(1) != null) {
      return spec.with(
          "maps a host address or port, which EXPOSE ignores: publish ports with"
              + " docker run -p, or write "
              + m.group(2)
              + (m.group(4) == null ? "" : "/" + proto));
    }
    return spec;
  }

  boolean includes(int port) {
    return problem.isEmpty() && low <= port && port <= high;
  }

  private PortSpec with(String why) {
    return new PortSpec(text, low, high, protocol, Optional.of(why));
  }

  private static PortSpec invalid(String text, String why) {
    return new PortSpec(text, -1, -1, "", Optional.of(why));
  }

  private static long number(String digits) {
    return digits.length() > 6 ? Long.MAX_VALUE : Long.parseLong(digits);
  }
}
