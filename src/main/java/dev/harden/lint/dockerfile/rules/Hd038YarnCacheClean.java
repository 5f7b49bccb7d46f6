package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.shell.FlagSpec;
import dev.harden.dockerfile.shell.SimpleCommand;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;
import java.util.List;

/**
 * HD038: {@code yarn install} in the final image without {@code yarn cache clean} later in the
 * same RUN (or a cache mount on yarn's cache).
 */
public final class Hd038YarnCacheClean implements DockerfileRule {

  static final RuleMeta META = RuleMeta.of("HD038", RuleKind.DOCKERFILE,
          "Run yarn cache clean after yarn install")
      .severity(Severity.INFO)
      .rationale("yarn keeps a copy of every package it installs in its global cache; in an image"
          + " that copy doubles the size of node_modules.")
      .aliases("DL3060")
      .fixable()
      .build();

  private static final FlagSpec FLAGS = FlagSpec.withValues("--cwd", "--cache-folder",
      "--modules-folder", "--network-timeout", "--mutex", "--registry");
  private static final List<String> CACHES = List.of("/usr/local/share/.cache/yarn",
      "/root/.cache/yarn", "/root/.yarn/berry/cache");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    for (RunSite site : RunSite.inFinalImage(ctx)) {
      if (CACHES.stream().anyMatch(site::cachesDirectory) || cacheMountNamedYarn(site)) {
        continue;
      }
      for (SimpleCommand c : site.commands("yarn")) {
        List<String> p = c.positionalArgs(FLAGS);
        boolean info = c.args().stream().anyMatch(
            a -> a.equals("--version") || a.equals("-v") || a.equals("--help") || a.equals("-h"));
        boolean install = !info && (p.isEmpty() || p.get(0).equals("install"));
        if (install && !site.later(c, Hd038YarnCacheClean::cleansCache)) {
          out.report(site.at(ctx, c), "yarn install keeps a copy of every package in yarn's"
              + " cache: end this RUN with yarn cache clean");
        }
      }
    }
  }

  private static boolean cleansCache(SimpleCommand c) {
    return c.is("yarn") && c.positionalArgs(FLAGS).equals(List.of("cache", "clean"))
        || CACHES.stream().anyMatch(dir -> Removals.deletes(c, dir));
  }

  private static boolean cacheMountNamedYarn(RunSite site) {
    return site.run().mounts().stream().anyMatch(m -> m.type().equals("cache")
        && m.target().filter(t -> t.contains("yarn")).isPresent());
  }
}
