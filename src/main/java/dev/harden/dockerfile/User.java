package dev.harden.dockerfile;

import java.util.Optional;

/** {@code USER user[:group]} ({@code user} is the rest of the line). */
public record User(Syntax syntax, Word user) implements Instruction {

  /** The user part, before any {@code :}. */
  public String name() {
    String v = user.value();
    int colon = v.indexOf(':');
    return colon < 0 ? v : v.substring(0, colon);
  }

  /** The group part, after the {@code :}. */
  public Optional<String> group() {
    String v = user.value();
    int colon = v.indexOf(':');
    return colon < 0 ? Optional.empty() : Optional.of(v.substring(colon + 1));
  }
}
