package dev.harden.fix.dockerfile;

import dev.harden.dockerfile.Instruction;
import dev.harden.dockerfile.Onbuild;
import dev.harden.dockerfile.Run;
import dev.harden.dockerfile.Stage;
import dev.harden.dockerfile.shell.SimpleCommand;
import dev.harden.fix.FixSafety;
import dev.harden.lint.dockerfile.PackageManager;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * HD006 (hardening change 7): the package manager leaves the final image. A {@code RUN} after the
 * last step that runs as root removes it: the apt and dpkg binaries on Debian and Ubuntu (the
 * dpkg database stays, so scanners still see what is installed), {@code apk-tools} on Alpine, the
 * dnf/yum/microdnf/zypper package elsewhere. Suggested: nothing can be installed in the running
 * container any more, which is the point but breaks an entrypoint that installs at start. A
 * single-stage build is better served by the multi-stage rewrite, which leaves the manager in the
 * build stage.
 */
final class RemovePackageManagerFix implements DockerfileFix {

  static final Map<PackageManager, String> REMOVAL = new EnumMap<>(Map.of(
      PackageManager.APT, "rm -f /usr/bin/apt* /usr/bin/dpkg*",
      PackageManager.APK, "apk --purge del apk-tools",
      PackageManager.DNF, "rpm -e --nodeps dnf",
      PackageManager.MICRODNF, "rpm -e --nodeps microdnf",
      PackageManager.YUM, "rpm -e --nodeps yum",
      PackageManager.ZYPPER, "rpm -e --nodeps zypper"));

  /** The package that provides each manager, as {@code rpm -e} or {@code apk del} names it. */
  private static final Map<PackageManager, Set<String>> PACKAGES = Map.of(
      PackageManager.APT, Set.of("apt"), PackageManager.APK, Set.of("apk-tools"),
      PackageManager.DNF, Set.of("dnf", "dnf5"), PackageManager.MICRODNF, Set.of("microdnf"),
      PackageManager.YUM, Set.of("yum"), PackageManager.ZYPPER, Set.of("zypper"));

  private static final Set<String> BIN_DIRS =
      Set.of("/bin", "/sbin", "/usr/bin", "/usr/sbin", "/usr/local/bin", "/usr/local/sbin");

  @Override
  public String ruleId() {
    return "HD006";
  }

  @Override
  public void propose(FixContext context, FixSink out) {
    FinalImage image = new FinalImage(context);
    List<SimpleCommand> commands = image.commands();
    List<String> removals = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (PackageManager pm : image.packageManagers()) {
      if (pm != PackageManager.NONE && !removed(pm, commands)) {
        removals.add(REMOVAL.get(pm));
        names.add(pm.displayName());
      }
    }
    if (removals.isEmpty()) {
      return;
    }
    Stage stage = image.stage();
    String description = "remove " + String.join(" and ", names) + " from the final image";
    Optional<Instruction> anchor = lastRootRun(image, stage);
    if (anchor.isEmpty()) {
      out.cannot(context.cannot(ruleId(), stage.from(), description, "no step of the final"
          + " stage runs as root, which removing it needs; add RUN " + removals.get(0)
          + " where it does"));
      return;
    }
    out.add(context.fix(ruleId(), FixSafety.SUGGESTED, stage.from(), description,
        "nothing can be installed in the running container any more; an entrypoint or"
            + " debugging step that installs packages would fail",
        List.of(DockerfileEdits.insertAfter(context, anchor.get(),
            DockerfileEdits.run(context, removals)))));
  }

  /**
   * The last RUN of the final stage that runs as root (later ones run as another user and cannot
   * use the manager), else its FROM when it has no RUN and starts as root.
   */
  private static Optional<Instruction> lastRootRun(FinalImage image, Stage stage) {
    Instruction found = null;
    for (Instruction i : stage.instructions()) {
      if (i instanceof Run && !(i instanceof Onbuild)) {
        Optional<String> user = image.userBefore(i);
        if (user.isPresent() && FinalImage.isRoot(user.get())) {
          found = i;
        }
      }
    }
    if (found != null) {
      return Optional.of(found);
    }
    boolean hasRun = stage.instructions().stream().anyMatch(i -> i instanceof Run);
    if (hasRun) {
      return Optional.empty();
    }
    Optional<String> atStart = stage.instructions().isEmpty() ? image.finalUser()
        : image.userBefore(stage.instructions().get(0));
    return atStart.filter(FinalImage::isRoot).map(u -> stage.from());
  }

  /** Whether the commands take the manager out (its binaries deleted or its package removed). */
  static boolean removed(PackageManager pm, List<SimpleCommand> commands) {
    List<String> gone = new ArrayList<>();
    for (SimpleCommand c : commands) {
      if (c.is("rm")) {
        for (String arg : c.args()) {
          int slash = arg.lastIndexOf('/');
          if (slash > 0 && BIN_DIRS.contains(arg.substring(0, slash))) {
            Pattern name = glob(arg.substring(slash + 1));
            pm.essentials().stream().filter(e -> name.matcher(e).matches()).forEach(gone::add);
          }
        }
      } else if (removesPackages(c)) {
        if (c.args().stream().anyMatch(PACKAGES.get(pm)::contains)) {
          return true;
        }
      }
    }
    return !pm.essentials().isEmpty() && gone.containsAll(pm.essentials());
  }

  private static boolean removesPackages(SimpleCommand c) {
    List<String> a = c.args();
    return c.is("rpm") && a.stream().anyMatch(x -> x.equals("--erase")
            || x.matches("-[a-zA-Z]*e[a-zA-Z]*"))
        || c.is("apk") && a.contains("del")
        || c.is("dpkg") && a.stream().anyMatch(x -> x.equals("-P") || x.equals("--purge")
            || x.equals("-r") || x.equals("--remove"))
        || c.is("apt-get", "apt") && (a.contains("purge") || a.contains("remove"))
        || c.is("yum", "dnf", "microdnf", "zypper") && (a.contains("remove") || a.contains("erase")
            || a.contains("rm"));
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
