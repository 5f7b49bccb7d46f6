package dev.harden.fix.k8s;

import dev.harden.lint.LintSettings;

/**
 * How {@code harden fix} treats manifests.
 *
 * @param unsafe apply suggested fixes too, not only safe ones
 * @param images image information for the fixes that use it
 * @param settings the user's rule settings: an ignored rule's findings are not fixed
 */
public record FixOptions(boolean unsafe, ImageFactsSource images, LintSettings settings) {

  public static final FixOptions SAFE_ONLY =
      new FixOptions(false, ImageFactsSource.NONE, LintSettings.DEFAULTS);

  public static final FixOptions UNSAFE =
      new FixOptions(true, ImageFactsSource.NONE, LintSettings.DEFAULTS);
}
