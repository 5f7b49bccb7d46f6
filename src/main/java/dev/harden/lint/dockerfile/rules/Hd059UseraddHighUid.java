package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.Expansion;
import dev.harden.dockerfile.Run;
import dev.harden.dockerfile.shell.FlagSpec;
import dev.harden.dockerfile.shell.SimpleCommand;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;
import java.util.Optional;

/** {@code useradd -u 1000000} without {@code -l}: lastlog and faillog grow to gigabytes. */
public final class Hd059UseraddHighUid implements DockerfileRule {

  public static final RuleMeta META =
      RuleMeta.of("HD059", RuleKind.DOCKERFILE, "Use useradd -l with a high UID")
          .severity(Severity.WARNING)
          .rationale(
              "useradd reserves a record per UID in /var/log/lastlog and faillog; with a UID of"
                  + " six digits or more that sparse file is written into the layer as gigabytes"
                  + " of zeros. -l (--no-log-init) skips it.")
          .aliases("DL3046")
          .fixable()
          .build();

  /** The options of useradd that take a value. */
  private static final FlagSpec USERADD =
      FlagSpec.withValues(
          "-b",
          "-c",
          "-d",
          "-e",
          "-f",
          "-g",
          "-G",
          "-k",
          "-K",
          "-p",
          "-P",
          "-R",
          "-s",
          "-u",
          "-Z",
          "--base-dir",
          "--comment",
          "--home-dir",
          "--expiredate",
          "--inactive",
          "--gid",
          "--groups",
          "--skel",
          "--key",
          "--password",
          "--prefix",
          "--root",
          "--shell",
          "--uid",
          "--selinux-user");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    for (InstructionSite site : InstructionSite.all(ctx.dockerfile())) {
      if (!(site.effective() instanceof Run run)) {
        continue;
      }
      for (SimpleCommand c : run.script().commands("useradd")) {
        if (c.hasFlag(USERADD, "-l", "--no-log-init")) {
          continue;
        }
        Optional<String> uid = c.flagValue("-u", "--uid").map(u -> known(site, u));
        if (uid.isPresent() && uid.get().matches("[0-9]{6,}")) {
          out.report(
              ctx.at(site.written(), ctx.dockerfile().span(c.start(), c.end())),
              "useradd -u "
                  + uid.get()
                  + " without -l writes a lastlog file sized for UID "
                  + uid.get()
                  + " into the layer; add -l (--no-log-init)");
        }
      }
    }
  }

  /** The UID with the build's known ARG/ENV values substituted. */
  private static String known(InstructionSite site, String uid) {
    if (!uid.contains("$") || site.scope().isEmpty()) {
      return uid;
    }
    Expansion e = site.scope().get().expand(uid);
    return e.isComplete() ? e.value() : uid;
  }
}
