package dev.harden.lint.image.rules;

import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.image.ImageRule;
import dev.harden.lint.image.ImageSubject;
import java.util.Map;

/**
 * Hardening change ⑦: no package manager program is left in the final file system. Only the
 * programs count: a package database without them (kept so scanners can inventory the image, as
 * when a last layer deletes {@code /usr/bin/apt*} and {@code /usr/bin/dpkg*}) installs nothing.
 */
public final class Img003PackageManager implements ImageRule {

  public static final RuleMeta META =
      RuleMeta.of("IMG003", RuleKind.IMAGE, "Leave no package manager in the image")
          .severity(Severity.WARNING)
          .rationale(
              "A package manager in a running container lets an attacker install tools with a"
                  + " single command; the final image needs none, it only runs the application.")
          .hardening(7)
          .build();

  /** Program name → the package manager it belongs to. */
  private static final Map<String, String> MANAGERS = Map.ofEntries(
      Map.entry("apt", "apt/dpkg"), Map.entry("apt-get", "apt/dpkg"),
      Map.entry("aptitude", "apt/dpkg"), Map.entry("dpkg", "apt/dpkg"),
      Map.entry("apk", "apk"),
      Map.entry("dnf", "dnf/yum/rpm"), Map.entry("dnf-3", "dnf/yum/rpm"),
      Map.entry("dnf5", "dnf/yum/rpm"), Map.entry("yum", "dnf/yum/rpm"),
      Map.entry("microdnf", "dnf/yum/rpm"), Map.entry("rpm", "dnf/yum/rpm"),
      Map.entry("tdnf", "dnf/yum/rpm"),
      Map.entry("zypper", "zypper"));

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(ImageSubject image, FindingSink out) {
    Programs.report(image, ImageTree.of(image).programs(MANAGERS::containsKey),
        name -> "package manager " + MANAGERS.get(name), out);
  }
}
