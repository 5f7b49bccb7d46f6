package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.shell.ShellWord;
import dev.harden.dockerfile.shell.SimpleCommand;
import dev.harden.lint.FindingSink;
import dev.harden.lint.dockerfile.DockerfileContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The checks yum, dnf and microdnf share; each rule runs them for its own programs. */
final class RpmChecks {

  /** Where yum, dnf and microdnf keep metadata and packages. */
  private static final List<String> CACHES = List.of("/var/cache/yum", "/var/cache/dnf",
      "/var/cache/libdnf5");

  private RpmChecks() {}

  /** Commands that would prompt without -y. */
  static void assumeYes(DockerfileContext ctx, FindingSink out, String... programs) {
    for (RunSite site : RunSite.all(ctx)) {
      for (SimpleCommand c : site.commands(programs)) {
        Optional<String> sub = Rpm.subcommand(c);
        if (sub.isPresent() && Rpm.PROMPTING.contains(sub.get()) && !Rpm.assumesYes(c)) {
          out.report(site.at(ctx, c), c.program() + " " + sub.get()
              + " without -y stops at the confirmation prompt: add -y");
        }
      }
    }
  }

  /** Installs in the final image with no {@code clean all} (or cache removal) after them. */
  static void cleanAll(DockerfileContext ctx, FindingSink out, String program) {
    for (RunSite site : RunSite.inFinalImage(ctx)) {
      if (CACHES.stream().anyMatch(site::cachesDirectory)) {
        continue;
      }
      for (SimpleCommand c : site.commands(program)) {
        Optional<String> sub = Rpm.subcommand(c);
        if (sub.isPresent() && installs(sub.get())
            && !site.later(c, l -> Rpm.isCleanAll(l, program) || removesCache(l))) {
          out.report(site.at(ctx, c), program + " " + sub.get() + " leaves repository metadata"
              + " and packages in /var/cache: end this RUN with " + program + " clean all");
        }
      }
    }
  }

  /** Installs naming packages without a version. */
  static void pinned(DockerfileContext ctx, FindingSink out, String... programs) {
    for (RunSite site : RunSite.all(ctx)) {
      for (SimpleCommand c : site.commands(programs)) {
        Optional<String> sub = Rpm.subcommand(c);
        if (sub.isEmpty() || !List.of("install", "groupinstall").contains(sub.get())
            && !sub.get().equals("module-install")) {
          continue;
        }
        boolean module = sub.get().equals("module-install");
        List<String> unpinned = new ArrayList<>();
        for (ShellWord p : Rpm.packages(c)) {
          boolean ok = module ? p.value().contains(":") || !p.isLiteral() : Rpm.isPinned(p);
          if (!ok && !sub.get().equals("groupinstall")) {
            unpinned.add(p.value());
          }
        }
        if (!unpinned.isEmpty()) {
          out.report(site.at(ctx, c), c.program() + " install does not pin "
              + Names.join(unpinned) + ": write " + Names.first(unpinned)
              + (module ? ":<stream>" : "-<version>"));
        }
      }
    }
  }

  private static boolean installs(String sub) {
    return Rpm.INSTALLS.contains(sub) || sub.equals("module-install")
        || sub.equals("groupupdate");
  }

  private static boolean removesCache(SimpleCommand c) {
    return CACHES.stream().anyMatch(dir -> Removals.deletes(c, dir));
  }
}
