package dev.harden.fix.k8s;

import java.util.List;

/** The one list of Kubernetes fixes, one per fixable rule. */
public final class ManifestFixes {

  private ManifestFixes() {}

  public static List<ManifestFix> all() {
    return List.of(
        new DropAllCapabilitiesFix(),
        new ReadOnlyRootFilesystemFix(),
        new RunAsNonRootFix(),
        new NoPrivilegeEscalationFix(),
        new RuntimeDefaultSeccompFix(),
        new NoServiceAccountTokenFix());
  }
}
