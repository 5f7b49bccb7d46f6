package dev.harden.lint.k8s.rules;

import java.util.List;
import java.util.Set;

/** Which host paths give a container a way out when mounted. */
final class HostPaths {

  /** Mounting these (exactly) exposes the node: its root, config, devices, kernel interfaces. */
  private static final Set<String> SENSITIVE =
      Set.of(
          "/", "/boot", "/dev", "/etc", "/lib", "/proc", "/sys", "/usr", "/root", "/run",
          "/var/run", "/var/lib", "/var/lib/kubelet", "/var/lib/docker", "/var/lib/containerd",
          "/etc/kubernetes");

  /** Anything below these is sensitive too. */
  private static final List<String> SENSITIVE_TREES =
      List.of(
          "/proc/", "/sys/", "/dev/", "/boot/", "/root/", "/etc/kubernetes/", "/var/lib/kubelet/",
          "/var/lib/docker/", "/var/lib/containerd/");

  /** Container runtime API sockets: whoever talks to them can start privileged containers. */
  private static final List<String> RUNTIME_SOCKETS =
      List.of("docker.sock", "containerd.sock", "crio.sock", "cri-dockerd.sock", "podman.sock");

  private HostPaths() {}

  /** The path without trailing slashes and {@code /./}; empty for {@code /}. */
  static String normalize(String path) {
    String p = path.trim().replace("/./", "/");
    while (p.length() > 1 && p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p;
  }

  /** Why a host path is sensitive, or empty when it is not. */
  static String whySensitive(String path) {
    String p = normalize(path);
    for (String socket : RUNTIME_SOCKETS) {
      if (p.endsWith("/" + socket)) {
        return "the container runtime's API socket: full control of the node";
      }
    }
    if (SENSITIVE.contains(p)) {
      return "a system directory of the node";
    }
    for (String tree : SENSITIVE_TREES) {
      if (p.startsWith(tree)) {
        return "inside " + tree.substring(0, tree.length() - 1) + " on the node";
      }
    }
    return "";
  }
}
