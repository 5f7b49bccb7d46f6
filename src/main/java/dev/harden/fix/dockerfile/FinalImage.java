package dev.harden.fix.dockerfile;

import dev.harden.dockerfile.Base;
import dev.harden.dockerfile.Expansion;
import dev.harden.dockerfile.Instruction;
import dev.harden.dockerfile.Onbuild;
import dev.harden.dockerfile.Run;
import dev.harden.dockerfile.Stage;
import dev.harden.dockerfile.User;
import dev.harden.dockerfile.shell.SimpleCommand;
import dev.harden.lint.dockerfile.BaseImage;
import dev.harden.lint.dockerfile.BaseImage.Family;
import dev.harden.lint.dockerfile.PackageManager;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What the fixes of the final image's user and package manager need to know about it: the base
 * image (from the knowledge base), its distro family (from the knowledge base, else from the
 * package tools its RUNs use), the package managers in it, and who runs each instruction.
 */
final class FinalImage {

  private final FixContext context;
  private final List<Stage> chain;
  private final Optional<BaseImage> base;

  FinalImage(FixContext context) {
    this.context = context;
    this.chain = context.imageChain();
    Optional<BaseImage> known = Optional.empty();
    if (chain.get(0).base() instanceof Base.Image image) {
      known = context.knowledge().lookup(image.reference());
    }
    this.base = known;
  }

  Stage stage() {
    return context.finalStage();
  }

  Optional<BaseImage> base() {
    return base;
  }

  boolean scratch() {
    return chain.get(0).isScratch();
  }

  /** The distro family: the knowledge base's, else the one whose package tool the RUNs use. */
  Optional<Family> family() {
    if (scratch()) {
      return Optional.of(Family.SCRATCH);
    }
    if (base.isPresent()) {
      return Optional.of(base.get().family());
    }
    for (SimpleCommand c : commands()) {
      if (c.is("apt-get", "apt", "dpkg")) {
        return Optional.of(Family.DEBIAN);
      }
      if (c.is("apk")) {
        return Optional.of(Family.ALPINE);
      }
      if (c.is("dnf", "yum", "microdnf", "rpm")) {
        return Optional.of(Family.RHEL);
      }
      if (c.is("zypper")) {
        return Optional.of(Family.SUSE);
      }
    }
    return Optional.empty();
  }

  boolean windows() {
    if (base.filter(b -> b.family() == Family.WINDOWS).isPresent()) {
      return true;
    }
    String shell = stage().finalScope().shell().get(0).toLowerCase(Locale.ROOT);
    return shell.contains("cmd") || shell.contains("powershell") || shell.contains("pwsh");
  }

  /** The package managers the final image has: its base's, and any its RUNs use. */
  Set<PackageManager> packageManagers() {
    Set<PackageManager> found = EnumSet.noneOf(PackageManager.class);
    base.map(BaseImage::packageManager).filter(pm -> pm != PackageManager.NONE)
        .ifPresent(found::add);
    for (SimpleCommand c : commands()) {
      PackageManager.ofProgram(c.program()).ifPresent(found::add);
    }
    return found;
  }

  /** Every command of the chain's RUNs (wrappers peeled), ONBUILD triggers left out. */
  List<SimpleCommand> commands() {
    List<SimpleCommand> all = new ArrayList<>();
    for (Stage s : chain) {
      for (Instruction i : s.instructions()) {
        if (i instanceof Run run) {
          run.script().commands().forEach(c -> all.add(c.effective()));
        }
      }
    }
    return all;
  }

  /** The last USER of the chain, if any. */
  Optional<User> lastUser() {
    User last = null;
    for (Stage s : chain) {
      for (Instruction i : s.instructions()) {
        if (i instanceof User u) {
          last = u;
        }
      }
    }
    return Optional.ofNullable(last);
  }

  /**
   * Who runs an instruction of the final stage: the value of the USER in effect before it, or
   * the base's default user ({@code root} when unknown). Empty when a variable in it is unknown.
   */
  Optional<String> userBefore(Instruction insn) {
    User last = null;
    Stage lastStage = null;
    outer:
    for (Stage s : chain) {
      for (Instruction i : s.instructions()) {
        if (i == insn) {
          break outer;
        }
        if (i instanceof User u) {
          last = u;
          lastStage = s;
        }
      }
    }
    if (last == null) {
      return Optional.of(base.flatMap(BaseImage::defaultUser).orElse("root"));
    }
    Expansion e = lastStage.scopeAt(last).expand(last.user());
    return e.isComplete() ? Optional.of(e.value().trim()) : Optional.empty();
  }

  /** The user the image runs as, as {@link #userBefore} answers for the end of the stage. */
  Optional<String> finalUser() {
    Optional<User> last = lastUser();
    if (last.isEmpty()) {
      return Optional.of(base.flatMap(BaseImage::defaultUser).orElse("root"));
    }
    Stage s = chain.stream().filter(st -> st.contains(last.get())).findFirst().orElseThrow();
    Expansion e = s.scopeAt(last.get()).expand(last.get().user());
    return e.isComplete() ? Optional.of(e.value().trim()) : Optional.empty();
  }

  /** Root by name or UID 0 (the user part of {@code user:group}). */
  static boolean isRoot(String userAndGroup) {
    int colon = userAndGroup.indexOf(':');
    String user = (colon < 0 ? userAndGroup : userAndGroup.substring(0, colon)).trim();
    return user.isEmpty() || user.equals("root") || user.matches("0+")
        || user.equalsIgnoreCase("ContainerAdministrator");
  }

  /** The last RUN of the final stage itself (not an ONBUILD trigger), if any. */
  Optional<Instruction> lastRun() {
    Instruction last = null;
    for (Instruction i : stage().instructions()) {
      if (i instanceof Run && !(i instanceof Onbuild)) {
        last = i;
      }
    }
    return Optional.ofNullable(last);
  }
}
