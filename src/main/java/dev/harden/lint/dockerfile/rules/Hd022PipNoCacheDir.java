package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.Variable;
import dev.harden.dockerfile.shell.Assignment;
import dev.harden.dockerfile.shell.SimpleCommand;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * HD022: {@code pip install} in the final image keeps its download cache. {@code
 * --no-cache-dir}, {@code PIP_NO_CACHE_DIR} (ENV, inline or exported), a cache mount on {@code
 * /root/.cache/pip}, or deleting the cache later in the same RUN all avoid it.
 */
public final class Hd022PipNoCacheDir implements DockerfileRule {

  static final RuleMeta META = RuleMeta.of("HD022", RuleKind.DOCKERFILE,
          "Use pip install --no-cache-dir")
      .severity(Severity.INFO)
      .rationale("pip keeps every wheel it downloads or builds in ~/.cache/pip; in an image that"
          + " cache is dead weight, often as large as the packages themselves.")
      .aliases("DL3042")
      .fixable()
      .build();

  static final String CACHE = "/root/.cache/pip";
  private static final Set<String> TRUE = Set.of("1", "true", "on", "yes");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    for (RunSite site : RunSite.inFinalImage(ctx)) {
      if (site.cachesDirectory(CACHE) || envDisablesCache(site) || exportsNoCache(site)) {
        continue;
      }
      for (SimpleCommand c : site.script().commands()) {
        Optional<SimpleCommand> pip = Pip.install(c.effective());
        if (pip.isPresent() && !pip.get().hasFlag(Pip.FLAGS, "--no-cache-dir")
            && !inline(c.effective()) && !site.later(c, Hd022PipNoCacheDir::clearsCache)) {
          out.report(site.at(ctx, c), "pip install without --no-cache-dir leaves its download"
              + " cache in " + CACHE + ": add --no-cache-dir");
        }
      }
    }
  }

  private static boolean envDisablesCache(RunSite site) {
    Optional<Variable> v = site.stage().scopeAt(site.instruction()).variable("PIP_NO_CACHE_DIR");
    return v.flatMap(Variable::value).map(Hd022PipNoCacheDir::truthy).orElse(false);
  }

  private static boolean exportsNoCache(RunSite site) {
    return site.any(c -> c.is("export") && c.args().stream().anyMatch(
        a -> a.startsWith("PIP_NO_CACHE_DIR=") && truthy(a.substring(a.indexOf('=') + 1))));
  }

  private static boolean inline(SimpleCommand c) {
    for (Assignment a : c.assignments()) {
      if (a.name().equals("PIP_NO_CACHE_DIR") && truthy(a.value().value())) {
        return true;
      }
    }
    return false;
  }

  private static boolean truthy(String value) {
    return TRUE.contains(value.toLowerCase(Locale.ROOT));
  }

  private static boolean clearsCache(SimpleCommand c) {
    return Removals.deletes(c, CACHE) || Pip.asPip(c).map(
        p -> p.positionalArgs(Pip.FLAGS).equals(java.util.List.of("cache", "purge"))).orElse(false);
  }
}
