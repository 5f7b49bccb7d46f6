package dev.harden.lint.k8s.rules;

import dev.harden.k8s.Workload;
import dev.harden.lint.Rule;
import java.util.List;

/** The one list of built-in Kubernetes rules, in id order. */
public final class KubernetesRules {

  private KubernetesRules() {}

  public static List<Rule<Workload>> all() {
    return List.of(
        new K8s001DropAllCapabilities(),
        new K8s002DangerousCapabilities(),
        new K8s003CapabilitiesBeyondNetBindService(),
        new K8s004ReadOnlyRootFilesystem(),
        new K8s005RunAsNonRoot(),
        new K8s006RunAsUserRoot(),
        new K8s007RootGroup(),
        new K8s008AllowPrivilegeEscalation(),
        new K8s009Privileged(),
        new K8s010SeccompProfileMissing(),
        new K8s011SeccompUnconfined(),
        new K8s012HostNetwork(),
        new K8s013HostPid(),
        new K8s014HostIpc(),
        new K8s015HostPathVolume(),
        new K8s016SensitiveHostPath(),
        new K8s017HostPort(),
        new K8s018ProcMount(),
        new K8s019UnsafeSysctls(),
        new K8s020AppArmorUnconfined(),
        new K8s021SeLinuxOptions(),
        new K8s022WindowsHostProcess(),
        new K8s023RestrictedVolumeTypes(),
        new K8s024ImageLatestTag(),
        new K8s025ImageDigest(),
        new K8s026AutomountServiceAccountToken(),
        new K8s027MemoryLimit(),
        new K8s028CpuLimit(),
        new K8s029NetBindService());
  }
}
