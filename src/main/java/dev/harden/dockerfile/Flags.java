package dev.harden.dockerfile;

import dev.harden.io.InputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns raw flag words into {@link Flag}s and checks the flags BuildKit knows for each instruction:
 * a value flag needs {@code =value}, a boolean flag takes only true/false. Flags BuildKit does not
 * know are kept, not rejected (BuildKit says "unknown flag"): BuildKit adds flags often ({@code ADD
 * --unpack}, {@code RUN --device}) and a linter should not refuse a newer file.
 */
final class Flags {

  private enum Type {
    VALUE,
    BOOLEAN
  }

  private static final Map<String, Map<String, Type>> KNOWN =
      Map.of(
          "from", Map.of("platform", Type.VALUE),
          "run",
              Map.of(
                  "mount",
                  Type.VALUE,
                  "network",
                  Type.VALUE,
                  "security",
                  Type.VALUE,
                  "device",
                  Type.VALUE),
          "copy",
              Map.of(
                  "from", Type.VALUE,
                  "chown", Type.VALUE,
                  "chmod", Type.VALUE,
                  "link", Type.BOOLEAN,
                  "parents", Type.BOOLEAN,
                  "exclude", Type.VALUE),
          "add",
              Map.of(
                  "chown", Type.VALUE,
                  "chmod", Type.VALUE,
                  "link", Type.BOOLEAN,
                  "keep-git-dir", Type.BOOLEAN,
                  "checksum", Type.VALUE,
                  "exclude", Type.VALUE,
                  "unpack", Type.BOOLEAN),
          "healthcheck",
              Map.of(
                  "interval", Type.VALUE,
                  "timeout", Type.VALUE,
                  "start-period", Type.VALUE,
                  "start-interval", Type.VALUE,
                  "retries", Type.VALUE));

  private Flags() {}

  static List<Flag> of(LogicalLine line, List<CommandSplitter.RawFlag> raw) {
    List<Flag> flags = new ArrayList<>();
    for (CommandSplitter.RawFlag r : raw) {
      String body = r.text().substring(2);
      int eq = body.indexOf('=');
      String name = eq < 0 ? body : body.substring(0, eq);
      Optional<String> value = eq < 0 ? Optional.empty() : Optional.of(body.substring(eq + 1));
      String rawText = line.substring(r.start(), r.end());
      int rawEq = rawText.indexOf('=');
      Optional<SourceSpan> valueSpan =
          value.isEmpty() || rawEq < 0
              ? Optional.empty()
              : Optional.of(line.span(r.start() + rawEq + 1, r.end()));
      flags.add(new Flag(name, value, rawText, line.span(r.start(), r.end()), valueSpan));
    }
    return flags;
  }

  static void check(String source, int line, String keyword, List<Flag> flags)
      throws InputException {
    Map<String, Type> known = KNOWN.getOrDefault(keyword, Map.of());
    for (Flag f : flags) {
      Type type = known.get(f.name());
      if (type == Type.VALUE && f.value().isEmpty()) {
        throw new InputException(source, line, "Missing a value on flag: --" + f.name());
      }
      if (type == Type.BOOLEAN && f.value().isPresent()) {
        String v = f.value().get().toLowerCase(Locale.ROOT);
        if (!v.equals("true") && !v.equals("false")) {
          throw new InputException(
              source,
              line,
              "expecting boolean value for flag " + f.name() + ", not: " + f.value().get());
        }
      }
    }
  }
}
