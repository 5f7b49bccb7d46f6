package dev.harden.lint;

import java.util.Locale;

/** The least severe finding that makes {@code harden lint} exit 1; {@code NONE} never fails. */
public enum FailureThreshold {
  ERROR(Severity.ERROR),
  WARNING(Severity.WARNING),
  INFO(Severity.INFO),
  STYLE(Severity.STYLE),
  NONE(null);

  private final Severity severity;

  FailureThreshold(Severity severity) {
    this.severity = severity;
  }

  public boolean blocks(Severity findingSeverity) {
    return severity != null && findingSeverity.atLeast(severity);
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static FailureThreshold parse(String text) {
    for (FailureThreshold t : values()) {
      if (t.label().equalsIgnoreCase(text.trim())) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "unknown failure threshold '" + text + "' (expected error, warning, info, style or none)");
  }
}
