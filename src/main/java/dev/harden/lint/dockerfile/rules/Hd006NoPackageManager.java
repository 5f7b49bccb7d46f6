package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.Base;
import dev.harden.dockerfile.Stage;
import dev.harden.dockerfile.shell.SimpleCommand;
import dev.harden.lint.FindingSink;
import dev.harden.lint.Location;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.BaseImage;
import dev.harden.lint.dockerfile.BaseImages;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;
import dev.harden.lint.dockerfile.PackageManager;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * HD006: an OS package manager stays in the final image. Judged on the final image's stage chain:
 * the base brings one when the knowledge base says so (debian/ubuntu: apt/dpkg, alpine: apk,
 * RHEL: dnf/yum/microdnf; distroless, scratch and Chainguard's non-dev images have none), and a
 * RUN that uses one shows it is there whatever the base. It passes when the chain removes it.
 */
public final class Hd006NoPackageManager implements DockerfileRule {

  static final RuleMeta META = RuleMeta.of("HD006", RuleKind.DOCKERFILE,
          "Remove the package manager from the final image")
      .severity(Severity.WARNING)
      .rationale("A package manager left in the image lets anyone who gets code execution in the"
          + " container install tools, and its own packages add to every scan; the application"
          + " never needs it at run time.")
      .hardening(7)
      .fixable()
      .build();

  private static final Map<PackageManager, String> REMOVAL = Map.of(
      PackageManager.APT, "rm -f /usr/bin/apt* /usr/bin/dpkg*",
      PackageManager.APK, "apk --purge del apk-tools",
      PackageManager.DNF, "rpm -e --nodeps dnf",
      PackageManager.MICRODNF, "rpm -e --nodeps microdnf",
      PackageManager.YUM, "rpm -e --nodeps yum",
      PackageManager.ZYPPER, "rpm -e --nodeps zypper");

  private final BaseImages knowledge;

  public Hd006NoPackageManager() {
    this(BaseImages.builtin());
  }

  Hd006NoPackageManager(BaseImages knowledge) {
    this.knowledge = knowledge;
  }

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    Stage root = ctx.imageChain().get(0);
    Map<PackageManager, Location> present = new EnumMap<>(PackageManager.class);
    Map<PackageManager, String> why = new EnumMap<>(PackageManager.class);
    Optional<BaseImage> base = root.base() instanceof Base.Image image
        ? knowledge.lookup(image.reference()) : Optional.empty();
    if (base.isPresent() && base.get().packageManager() != PackageManager.NONE) {
      PackageManager pm = base.get().packageManager();
      present.put(pm, ctx.at(root.from(), root.from().image().span()));
      why.put(pm, "from " + BaseRef.shortName(base.get().reference()));
    }
    ManagerRemoval removal = new ManagerRemoval();
    for (RunSite site : RunSite.inFinalImage(ctx)) {
      if (site.isOnbuild()) {
        continue;
      }
      for (SimpleCommand c : site.script().commands()) {
        SimpleCommand e = c.effective();
        removal.see(e);
        Optional<PackageManager> used = PackageManager.ofProgram(e.program());
        if (used.isPresent() && !present.containsKey(used.get())) {
          present.put(used.get(), site.at(ctx, c));
          why.put(used.get(), "used here by " + e.program());
        }
      }
    }
    for (Map.Entry<PackageManager, Location> p : present.entrySet()) {
      PackageManager pm = p.getKey();
      if (!removal.removes(pm)) {
        out.report(p.getValue(), pm.displayName() + " (" + why.get(pm) + ") stays in the final"
            + " image, where it lets an intruder install tools: use a base without it"
            + " (distroless) or remove it in the last stage (" + REMOVAL.get(pm) + ")");
      }
    }
  }
}
