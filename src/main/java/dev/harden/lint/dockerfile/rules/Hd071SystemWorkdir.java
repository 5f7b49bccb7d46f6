package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.Workdir;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * WORKDIR inside a kernel or runtime file system ({@code /proc}, {@code /sys}, {@code /dev}, {@code
 * /boot}, ...), or on a top-level system directory itself ({@code /etc}, {@code /usr}, {@code
 * /lib}, ...) where relative COPYs would scatter the application among the OS files. {@code /}, the
 * bin directories (where a binary belongs) and directories below {@code /usr} or {@code /etc} (such
 * as {@code /usr/src/app}) pass.
 */
public final class Hd071SystemWorkdir implements DockerfileRule {

  public static final RuleMeta META =
      RuleMeta.of("HD071", RuleKind.DOCKERFILE, "Do not set WORKDIR to a system directory")
          .severity(Severity.WARNING)
          .rationale(
              "/proc, /sys and /dev are replaced by the runtime when the container starts, so"
                  + " what the build put there vanishes; a WORKDIR of /etc or /usr mixes the"
                  + " application with the operating system's files.")
          .aliases("DS-0030", "DS030")
          .build();

  private static final List<String> RUNTIME_MOUNTS =
      List.of("/proc", "/sys", "/dev", "/boot", "/initrd", "/lost+found");

  private static final Set<String> SYSTEM_DIRS =
      Set.of("/etc", "/usr", "/lib", "/lib64", "/usr/lib", "/var");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    for (InstructionSite site : InstructionSite.all(ctx.dockerfile())) {
      if (!(site.effective() instanceof Workdir workdir)) {
        continue;
      }
      Optional<String> path = Paths.known(workdir.path(), site.scope());
      if (path.isEmpty()) {
        continue;
      }
      String dir = path.get().replaceAll("/+$", "").replaceAll("//+", "/");
      for (String mount : RUNTIME_MOUNTS) {
        if (dir.equals(mount) || dir.startsWith(mount + "/")) {
          out.report(
              ctx.at(site.written(), workdir.path().span()),
              "WORKDIR "
                  + path.get()
                  + " is inside "
                  + mount
                  + ", which the runtime mounts"
                  + " over when the container starts: use a directory of your own such as /app");
          break;
        }
      }
      if (SYSTEM_DIRS.contains(dir)) {
        out.report(
            ctx.at(site.written(), workdir.path().span()),
            "WORKDIR "
                + path.get()
                + " is a system directory: files copied to relative paths"
                + " mix with the operating system's; use a directory of your own such as /app");
      }
    }
  }
}
