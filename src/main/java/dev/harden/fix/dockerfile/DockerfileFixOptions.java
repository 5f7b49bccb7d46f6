package dev.harden.fix.dockerfile;

import dev.harden.fix.pin.DigestResolver;
import dev.harden.lint.LintSettings;
import java.util.Optional;
import java.util.Set;

/**
 * How {@code harden fix} treats one Dockerfile.
 *
 * @param unsafe apply suggested fixes too, not only safe ones
 * @param only rule ids or aliases to fix (empty: every fixable rule)
 * @param settings the user's rule settings: an ignored rule's findings are not fixed
 * @param target the stage the build produces ({@code --target}; empty: the last)
 * @param digests where base image digests come from (lock file, registry)
 */
public record DockerfileFixOptions(
    boolean unsafe,
    Set<String> only,
    LintSettings settings,
    Optional<String> target,
    DigestResolver digests) {

  public DockerfileFixOptions {
    only = Set.copyOf(only);
  }

  /** Safe fixes of every rule, default settings, the last stage, no network. */
  public static DockerfileFixOptions safeOnly(DigestResolver digests) {
    return new DockerfileFixOptions(false, Set.of(), LintSettings.DEFAULTS, Optional.empty(),
        digests);
  }

  /** As {@link #safeOnly}, with suggested fixes too. */
  public static DockerfileFixOptions unsafe(DigestResolver digests) {
    return new DockerfileFixOptions(true, Set.of(), LintSettings.DEFAULTS, Optional.empty(),
        digests);
  }

  public DockerfileFixOptions withOnly(Set<String> ids) {
    return new DockerfileFixOptions(unsafe, ids, settings, target, digests);
  }

  public DockerfileFixOptions withTarget(Optional<String> stage) {
    return new DockerfileFixOptions(unsafe, only, settings, stage, digests);
  }
}
