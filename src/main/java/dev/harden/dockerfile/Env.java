package dev.harden.dockerfile;

import java.util.List;

/**
 * {@code ENV key=value ...}, or the legacy {@code ENV key value} ({@code legacy} true; the value is
 * the rest of the line).
 */
public record Env(Syntax syntax, List<KeyValue> pairs, boolean legacy) implements Instruction {

  public Env {
    pairs = List.copyOf(pairs);
  }
}
