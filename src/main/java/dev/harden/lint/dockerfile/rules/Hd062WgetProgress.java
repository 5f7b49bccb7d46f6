package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.Base;
import dev.harden.dockerfile.Run;
import dev.harden.dockerfile.Stage;
import dev.harden.dockerfile.shell.SimpleCommand;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * GNU wget without {@code --progress} or a quiet option: without a terminal it prints a dot per
 * kilobyte. Stages on Alpine or BusyBox, whose wget is BusyBox's (no such output, no {@code
 * --progress} option), pass unless they install GNU wget; so do downloads of signatures and
 * checksum files, which are too small to matter.
 */
public final class Hd062WgetProgress implements DockerfileRule {

  public static final RuleMeta META =
      RuleMeta.of("HD062", RuleKind.DOCKERFILE, "Give wget --progress=dot:giga or -q")
          .severity(Severity.STYLE)
          .rationale(
              "GNU wget writes a line of dots for every few kilobytes when its output is not a"
                  + " terminal, burying the build log under megabytes of progress.")
          .aliases("DL3047")
          .fixable()
          .build();

  private static final Set<String> QUIET =
      Set.of(
          "-q", "--quiet", "-nv", "--no-verbose", "-o", "--output-file", "-a", "--append-output");

  private static final Pattern SMALL_FILE =
      Pattern.compile(
          "(?i).*(\\.(asc|sig|sign|sha1|sha256|sha512|md5|sum)|shasums[^/]*|checksums[^/]*)");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    for (Stage stage : ctx.dockerfile().stages()) {
      if (hasBusyboxWget(ctx, stage)) {
        continue;
      }
      for (InstructionSite site : InstructionSite.of(stage)) {
        if (!(site.effective() instanceof Run run)) {
          continue;
        }
        for (SimpleCommand c : run.script().commands("wget")) {
          if (!quiet(c)) {
            out.report(
                ctx.at(site.written(), ctx.dockerfile().span(c.start(), c.end())),
                "wget without --progress fills the build log with dots: add"
                    + " --progress=dot:giga (or -q)");
          }
        }
      }
    }
  }

  private static boolean quiet(SimpleCommand wget) {
    for (String a : wget.args()) {
      if (SMALL_FILE.matcher(a).matches()) {
        return true; // a signature or checksum: a line of output at most
      }
      if (QUIET.contains(a)
          || a.startsWith("--progress")
          || a.startsWith("--output-file=")
          || a.startsWith("--append-output=")
          || (!a.startsWith("--") && a.matches("-[A-Za-z]*q.*"))) {
        return true;
      }
    }
    return false;
  }

  /** Alpine and BusyBox ship BusyBox wget unless the image installs the wget package. */
  private static boolean hasBusyboxWget(DockerfileContext ctx, Stage stage) {
    if (!(ctx.dockerfile().rootBase(stage) instanceof Base.Image image)) {
      return false;
    }
    String name = image.reference().shortName();
    boolean busybox =
        name.equals("alpine")
            || name.equals("busybox")
            || image.reference().tag().map(t -> t.contains("alpine")).orElse(false);
    if (!busybox) {
      return false;
    }
    for (InstructionSite site : InstructionSite.of(stage)) {
      if (site.effective() instanceof Run run) {
        for (SimpleCommand apk : run.script().commands("apk")) {
          if (apk.args().contains("add") && apk.args().contains("wget")) {
            return false;
          }
        }
      }
    }
    return true;
  }
}
