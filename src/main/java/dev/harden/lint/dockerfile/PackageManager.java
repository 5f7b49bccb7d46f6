package dev.harden.lint.dockerfile;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The OS package managers a base image can ship. Each knows the commands that use it, the
 * binaries whose removal takes it out of an image, and the packages that provide it.
 */
public enum PackageManager {
  APT("apt/dpkg", List.of("apt-get", "apt", "aptitude", "dpkg"), List.of("apt-get", "dpkg"),
      List.of("apt", "dpkg")),
  APK("apk", List.of("apk"), List.of("apk"), List.of("apk-tools")),
  DNF("dnf", List.of("dnf", "dnf5", "dnf-3"), List.of("dnf"), List.of("dnf", "dnf5")),
  MICRODNF("microdnf", List.of("microdnf"), List.of("microdnf"), List.of("microdnf")),
  YUM("yum", List.of("yum"), List.of("yum"), List.of("yum")),
  ZYPPER("zypper", List.of("zypper"), List.of("zypper"), List.of("zypper")),
  NONE("no package manager", List.of(), List.of(), List.of());

  private final String displayName;
  private final List<String> programs;
  private final List<String> essentials;
  private final List<String> packages;

  PackageManager(
      String displayName, List<String> programs, List<String> essentials, List<String> packages) {
    this.displayName = displayName;
    this.programs = programs;
    this.essentials = essentials;
    this.packages = packages;
  }

  /** How people name it in messages: {@code apt/dpkg}, {@code apk}. */
  public String displayName() {
    return displayName;
  }

  /** The commands that run it ({@code apt-get}, {@code apt}, {@code dpkg}). */
  public List<String> programs() {
    return programs;
  }

  /** The binaries that must all be gone for it to count as removed (apt-get and dpkg). */
  public List<String> essentials() {
    return essentials;
  }

  /** The packages that provide it ({@code apk-tools}). */
  public List<String> packages() {
    return packages;
  }

  /** The package manager a command runs, when it runs one. */
  public static Optional<PackageManager> ofProgram(String program) {
    for (PackageManager pm : values()) {
      if (pm.programs.contains(program)) {
        return Optional.of(pm);
      }
    }
    return Optional.empty();
  }

  /** Parses the name used in base-images.yaml ({@code apt}, {@code microdnf}, {@code none}). */
  static PackageManager parse(String name) {
    return valueOf(name.trim().toUpperCase(Locale.ROOT));
  }
}
