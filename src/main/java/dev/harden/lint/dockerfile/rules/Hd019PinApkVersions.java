package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.shell.ShellWord;
import dev.harden.dockerfile.shell.SimpleCommand;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** HD019: {@code apk add} names packages without a version. */
public final class Hd019PinApkVersions implements DockerfileRule {

  static final RuleMeta META = RuleMeta.of("HD019", RuleKind.DOCKERFILE,
          "Pin versions in apk add")
      .severity(Severity.WARNING)
      .rationale("Without a version constraint every rebuild installs whatever the Alpine"
          + " repository serves that day, so the image changes without the Dockerfile changing.")
      .aliases("DL3018")
      .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    for (RunSite site : RunSite.all(ctx)) {
      for (SimpleCommand c : site.commands("apk")) {
        if (!Apk.isAdd(c)) {
          continue;
        }
        Optional<String> virtual = Apk.virtualName(c);
        List<String> unpinned = new ArrayList<>();
        for (ShellWord p : Apk.packages(c)) {
          if (!Apk.isPinned(p) && !virtual.filter(p.value()::equals).isPresent()) {
            unpinned.add(p.value());
          }
        }
        if (!unpinned.isEmpty()) {
          out.report(site.at(ctx, c), "apk add does not pin " + Names.join(unpinned)
              + ": write " + Names.first(unpinned) + "=<version> (or ~=<major.minor>)");
        }
      }
    }
  }
}
