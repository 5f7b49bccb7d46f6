package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.shell.SimpleCommand;
import dev.harden.lint.dockerfile.PackageManager;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises the commands that take a package manager out of an image: deleting its binaries
 * ({@code rm -f /usr/bin/apt* /usr/bin/dpkg*}) or removing its package ({@code apk del
 * apk-tools}, {@code rpm -e --nodeps dnf}, {@code dpkg --purge --force-remove-essential apt}).
 * A manager counts as removed once all its {@link PackageManager#essentials()} are gone.
 */
final class ManagerRemoval {

  private static final Set<String> BIN_DIRS =
      Set.of("/bin", "/sbin", "/usr/bin", "/usr/sbin", "/usr/local/bin", "/usr/local/sbin");
  /** Binaries a package takes with it. */
  private static final Map<String, List<String>> PACKAGE_BINARIES =
      Map.of("apt", List.of("apt-get", "apt"), "apk-tools", List.of("apk"),
          "dnf5", List.of("dnf"), "dpkg", List.of("dpkg"));

  private final Set<String> removed = new HashSet<>();

  /** Records what one command removes. */
  void see(SimpleCommand c) {
    if (c.is("rm")) {
      for (String arg : c.args()) {
        int slash = arg.lastIndexOf('/');
        if (slash > 0 && BIN_DIRS.contains(arg.substring(0, slash))) {
          removeMatching(glob(arg.substring(slash + 1)));
        }
      }
      return;
    }
    if (removesPackages(c)) {
      for (String arg : c.args()) {
        removed.addAll(PACKAGE_BINARIES.getOrDefault(arg, List.of(arg)));
      }
    }
  }

  boolean removes(PackageManager pm) {
    return !pm.essentials().isEmpty() && removed.containsAll(pm.essentials());
  }

  private void removeMatching(Pattern name) {
    for (PackageManager pm : PackageManager.values()) {
      for (String binary : pm.programs()) {
        if (name.matcher(binary).matches()) {
          removed.add(binary);
        }
      }
    }
  }

  private static boolean removesPackages(SimpleCommand c) {
    List<String> a = c.args();
    if (c.is("dpkg")) {
      return a.stream().anyMatch(x -> x.equals("-P") || x.equals("-r") || x.equals("--purge")
          || x.equals("--remove"));
    }
    if (c.is("rpm")) {
      return a.stream().anyMatch(x -> x.equals("--erase") || x.matches("-[a-zA-Z]*e[a-zA-Z]*"));
    }
    if (c.is("apk")) {
      return Apk.subcommand(c).filter("del"::equals).isPresent();
    }
    if (c.is("apt-get", "apt")) {
      return AptGet.subcommand(c).filter(s -> s.equals("purge") || s.equals("remove")).isPresent();
    }
    if (c.is("yum", "dnf", "microdnf")) {
      return Rpm.subcommand(c).filter(s -> s.equals("remove") || s.equals("erase")).isPresent();
    }
    return c.is("zypper") && Zypper.subcommand(c).filter(s -> s.equals("remove")
        || s.equals("rm")).isPresent();
  }

  private static Pattern glob(String name) {
    StringBuilder re = new StringBuilder();
    for (char ch : name.toCharArray()) {
      switch (ch) {
        case '*' -> re.append(".*");
        case '?' -> re.append('.');
        default -> re.append(Pattern.quote(String.valueOf(ch)));
      }
    }
    return Pattern.compile(re.toString());
  }
}
