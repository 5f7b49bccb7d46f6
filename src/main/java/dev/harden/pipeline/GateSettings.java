package dev.harden.pipeline;

import dev.harden.config.HardenConfig;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * How one gated run ({@code harden ci} or {@code harden scan}) is set up, built once by the
 * command line.
 *
 * @param config lint settings (ignored rules, severity overrides, trusted registries)
 * @param db the vulnerability database (needed only when an image is scanned)
 * @param policy the policy file, or empty for the built-in policy
 * @param allowlist the allowlist file, or empty for none
 * @param vex VEX documents, in the order given
 * @param today the day allowlist expiry is judged on
 * @param reach layer attribution and reachability of the scanned image
 */
public record GateSettings(
    HardenConfig config,
    Path db,
    Optional<Path> policy,
    Optional<Path> allowlist,
    List<Path> vex,
    LocalDate today,
    ReachSettings reach) {

  public GateSettings {
    vex = List.copyOf(vex);
  }
}
