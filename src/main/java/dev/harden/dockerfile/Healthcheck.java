package dev.harden.dockerfile;

import java.util.Optional;

/**
 * {@code HEALTHCHECK [--interval=..] [--timeout=..] [--start-period=..] [--start-interval=..]
 * [--retries=..] CMD command}, or {@code HEALTHCHECK NONE} ({@code command} empty).
 */
public record Healthcheck(Syntax syntax, Optional<CommandLine> command) implements Instruction {

  public boolean isNone() {
    return command.isEmpty();
  }
}
