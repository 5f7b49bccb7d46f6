package dev.harden.fix.k8s;

import dev.harden.fix.Fix;
import java.util.Optional;

/** The fix of one Kubernetes rule's findings. One class per fixable rule, listed in {@link ManifestFixes}. */
public interface ManifestFix {

  /** The id of the rule whose findings this fixes. */
  String ruleId();

  /** The fix for one finding, or empty when it cannot be fixed by editing the manifest alone. */
  Optional<Fix> fix(FixTarget target);
}
