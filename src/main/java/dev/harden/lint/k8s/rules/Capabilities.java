package dev.harden.lint.k8s.rules;

import java.util.Map;
import java.util.Set;

/** The capability sets the Pod Security Standards name, and why some added ones are dangerous. */
final class Capabilities {

  /** What the baseline standard lets a container add: the container runtimes' default set less NET_RAW. */
  static final Set<String> BASELINE_ALLOWED =
      Set.of(
          "AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD",
          "NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT");

  /** The one capability the restricted standard lets a container add back. */
  static final String RESTRICTED_ALLOWED = "NET_BIND_SERVICE";

  private static final Map<String, String> WHY =
      Map.ofEntries(
          Map.entry("ALL", "every capability: as good as privileged"),
          Map.entry("SYS_ADMIN", "mount, namespaces, BPF and more: close to full root on the node"),
          Map.entry("NET_RAW", "raw sockets: packet spoofing and sniffing on the pod network"),
          Map.entry("NET_ADMIN", "reconfigure interfaces, routes and firewall rules"),
          Map.entry("SYS_PTRACE", "trace and inject into other processes"),
          Map.entry("SYS_MODULE", "load kernel modules: full control of the node"),
          Map.entry("SYS_RAWIO", "raw I/O on devices and ports"),
          Map.entry("SYS_BOOT", "reboot the node"),
          Map.entry("SYS_TIME", "set the node's clock"),
          Map.entry("DAC_READ_SEARCH", "bypass file read permissions (the 'shocker' escape)"),
          Map.entry("BPF", "load BPF programs"),
          Map.entry("PERFMON", "kernel performance monitoring"),
          Map.entry("MAC_ADMIN", "change the mandatory access control policy"),
          Map.entry("MAC_OVERRIDE", "bypass mandatory access control"),
          Map.entry("SYSLOG", "read and configure the kernel log"),
          Map.entry("LINUX_IMMUTABLE", "change immutable file flags"),
          Map.entry("IPC_LOCK", "lock memory"),
          Map.entry("SYS_RESOURCE", "override resource limits"));

  private Capabilities() {}

  /** A short reason for a capability beyond the baseline set, or empty. */
  static String why(String capability) {
    return WHY.getOrDefault(capability, "");
  }
}
