package dev.harden.lint;

import java.util.Locale;

/** How much a finding matters, from most to least severe. The order is the order of the constants. */
public enum Severity {
  ERROR,
  WARNING,
  INFO,
  STYLE;

  /** The lower-case name used in config files, JSON and on the command line. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when this severity is at least as severe as {@code threshold}. */
  public boolean atLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }

  /** Parses {@code error|warning|info|style} (any case); throws {@link IllegalArgumentException} otherwise. */
  public static Severity parse(String text) {
    for (Severity s : values()) {
      if (s.label().equalsIgnoreCase(text.trim())) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "unknown severity '" + text + "' (expected error, warning, info or style)");
  }
}
