package dev.harden.policy;

import java.util.Locale;

/**
 * What the gate does with one finding, strongest first: {@code block} fails the run, {@code warn}
 * and {@code ticket} are reported without failing it (a ticket asks for tracked follow-up),
 * {@code allow} is accepted, {@code suppressed} was waived by an allowlist entry or a VEX statement.
 */
public enum Verdict {
  BLOCK,
  WARN,
  TICKET,
  ALLOW,
  SUPPRESSED;

  /** The lower-case name used in policy files, JSON and text. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The next tier down; {@code allow} and {@code suppressed} stay where they are. */
  public Verdict oneTierDown() {
    return switch (this) {
      case BLOCK -> WARN;
      case WARN -> TICKET;
      case TICKET, ALLOW -> ALLOW;
      case SUPPRESSED -> SUPPRESSED;
    };
  }

  /** A verdict a policy rule may decide (everything but {@code suppressed}). */
  public static Verdict parseDecision(String text) {
    for (Verdict v : values()) {
      if (v != SUPPRESSED && v.id().equals(text.trim().toLowerCase(Locale.ROOT))) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "unknown verdict '" + text + "' (expected block, warn, ticket or allow)");
  }
}
