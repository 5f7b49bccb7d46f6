package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.shell.SimpleCommand;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;

/**
 * HD020: {@code apk add} in the final image without {@code --no-cache}. A cache mount on
 * {@code /var/cache/apk}, or deleting the cache later in the same RUN, does the same job.
 */
public final class Hd020ApkNoCache implements DockerfileRule {

  static final RuleMeta META = RuleMeta.of("HD020", RuleKind.DOCKERFILE,
          "Use apk add --no-cache")
      .severity(Severity.INFO)
      .rationale("Without --no-cache apk keeps the repository index it downloaded in"
          + " /var/cache/apk, which then ships in the image.")
      .aliases("DL3019", "DS-0025", "DS025")
      .fixable()
      .build();

  static final String CACHE = "/var/cache/apk";

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    for (RunSite site : RunSite.inFinalImage(ctx)) {
      if (site.cachesDirectory(CACHE) || site.cachesDirectory("/etc/apk/cache")) {
        continue;
      }
      for (SimpleCommand c : site.commands("apk")) {
        if (Apk.isAdd(c) && !c.hasFlag(Apk.FLAGS, "--no-cache")
            && !site.later(c, Hd020ApkNoCache::clearsCache)) {
          out.report(site.at(ctx, c), "apk add without --no-cache keeps the package index in "
              + CACHE + ": use apk add --no-cache");
        }
      }
    }
  }

  private static boolean clearsCache(SimpleCommand c) {
    return Removals.deletes(c, CACHE)
        || Apk.subcommand(c).filter("cache"::equals).isPresent()
            && Apk.packages(c).stream().anyMatch(w -> w.is("clean") || w.is("purge"));
  }
}
