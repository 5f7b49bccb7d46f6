package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.Base;
import dev.harden.dockerfile.shell.ShellWord;
import dev.harden.dockerfile.shell.SimpleCommand;
import dev.harden.lint.dockerfile.BaseImage;
import dev.harden.lint.dockerfile.BaseImages;
import dev.harden.lint.dockerfile.DockerfileContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds compilers and build tools in the final image's stage chain: build commands ({@code go
 * build}, {@code mvn package}, {@code gcc}, {@code make}, {@code cargo build}, {@code npm run
 * build}...) and installs of toolchain packages ({@code build-essential}, {@code gcc}, {@code
 * build-base}...). A toolchain installed and removed again in the same RUN ({@code apt-get purge
 * --auto-remove}, {@code apk del .build-deps}) does not stay; one that comes with the base image
 * (golang, maven, buildpack-deps) always does. ONBUILD triggers run in other images and are
 * skipped.
 */
final class Toolchains {

  /** A build command that leaves its toolchain in the image. */
  record Build(RunSite site, SimpleCommand command, String what, String language, String source) {}

  /** An install of toolchain packages that stay in the image. */
  record Install(RunSite site, SimpleCommand command, List<String> packages) {}

  private static final Set<String> C_COMPILERS =
      Set.of("gcc", "cc", "g++", "c++", "clang", "clang++");
  private static final Set<String> MAVEN_GOALS = Set.of("package", "install", "verify", "deploy");
  private static final Set<String> GRADLE_TASKS = Set.of("build", "assemble", "bootJar", "jar",
      "installDist", "shadowJar", "distTar", "distZip", "nativeCompile", "bootWar", "war");
  private static final Set<String> TOOLCHAIN_PACKAGES = Set.of("build-essential", "build-base",
      "gcc", "g++", "gcc-c++", "clang", "llvm", "make", "cmake", "ninja-build", "autoconf",
      "automake", "libtool", "golang", "golang-go", "go", "rust", "rustc", "cargo", "maven",
      "gradle", "default-jdk", "default-jdk-headless", "musl-dev", "libc6-dev", "libc-dev",
      "glibc-devel", "kernel-headers", "linux-headers");
  private static final Pattern VERSIONED_TOOLCHAIN = Pattern.compile(
      "(gcc|g\\+\\+|clang|llvm)-\\d+|openjdk-\\d+-jdk(-headless)?|openjdk\\d+(-jdk)?"
          + "|java-[\\d.]+-openjdk-devel|dotnet-sdk-[\\d.]+");

  private final DockerfileContext ctx;
  private final Optional<BaseImage> buildBase;

  Toolchains(DockerfileContext ctx, BaseImages knowledge) {
    this.ctx = ctx;
    Optional<BaseImage> base = Optional.empty();
    if (ctx.imageChain().get(0).base() instanceof Base.Image image) {
      base = knowledge.lookup(image.reference()).filter(BaseImage::isBuildImage);
    }
    this.buildBase = base;
  }

  /** Build commands in the final image whose toolchain stays there. */
  List<Build> builds() {
    List<Build> found = new ArrayList<>();
    List<RunSite> sites = chainSites();
    for (int i = 0; i < sites.size(); i++) {
      RunSite site = sites.get(i);
      for (SimpleCommand c : site.script().commands()) {
        SimpleCommand e = c.effective();
        Optional<String[]> build = describe(e);
        if (build.isEmpty()) {
          continue;
        }
        String language = build.get()[1];
        if (language.equals("JavaScript") && prunesDevDependencies(sites, i, c)) {
          continue;
        }
        String source;
        if (buildBase.isPresent()) {
          source = BaseRef.shortName(buildBase.get().reference());
        } else if (site.later(c, Toolchains::removesPackages)) {
          continue;
        } else {
          source = "";
        }
        found.add(new Build(site, c, build.get()[0], language, source));
      }
    }
    return found;
  }

  /** Installs of toolchain packages in the final image that are not removed in the same RUN. */
  List<Install> installs() {
    List<Install> found = new ArrayList<>();
    for (RunSite site : chainSites()) {
      for (SimpleCommand c : site.script().commands()) {
        SimpleCommand e = c.effective();
        List<ShellWord> packages = installedPackages(e);
        List<String> tools = new ArrayList<>();
        for (ShellWord p : packages) {
          String name = p.value().split("[=~<>]", 2)[0];
          if (TOOLCHAIN_PACKAGES.contains(name) || VERSIONED_TOOLCHAIN.matcher(name).matches()) {
            tools.add(name);
          }
        }
        if (!tools.isEmpty() && !site.later(c, Toolchains::removesPackages)) {
          found.add(new Install(site, c, tools));
        }
      }
    }
    return found;
  }

  /** Whether the Dockerfile is a single stage (HD004's case rather than HD003's). */
  boolean singleStage() {
    return ctx.dockerfile().stages().size() == 1;
  }

  private List<RunSite> chainSites() {
    List<RunSite> sites = new ArrayList<>();
    for (RunSite s : RunSite.inFinalImage(ctx)) {
      if (!s.isOnbuild()) {
        sites.add(s);
      }
    }
    return sites;
  }

  /** {what, language} of a build command, or empty. */
  static Optional<String[]> describe(SimpleCommand c) {
    String p = c.program();
    List<String> args = c.args();
    if (args.contains("--version") || args.contains("--help")) {
      return Optional.empty();
    }
    if (p.equals("go")) {
      return GoTool.subcommand(c).filter(s -> s.equals("build") || s.equals("install"))
          .map(s -> new String[] {"go " + s, "Go"});
    }
    if (p.equals("mvn") || p.equals("mvnw")) {
      return args.stream().filter(MAVEN_GOALS::contains).findFirst()
          .map(g -> new String[] {p + " " + g, "Java"});
    }
    if (p.equals("gradle") || p.equals("gradlew")) {
      return args.stream().filter(GRADLE_TASKS::contains).findFirst()
          .map(t -> new String[] {p + " " + t, "Java"});
    }
    if (p.equals("cargo")) {
      return c.subcommand(dev.harden.dockerfile.shell.FlagSpec.NONE)
          .filter(s -> s.equals("build") || s.equals("install"))
          .map(s -> new String[] {"cargo " + s, "Rust"});
    }
    if (C_COMPILERS.contains(p) || p.equals("make") || p.equals("cmake")) {
      return Optional.of(new String[] {p, "C/C++"});
    }
    if (p.equals("javac")) {
      return Optional.of(new String[] {"javac", "Java"});
    }
    if (p.equals("dotnet")) {
      return c.subcommand(dev.harden.dockerfile.shell.FlagSpec.NONE)
          .filter(s -> s.equals("publish") || s.equals("build"))
          .map(s -> new String[] {"dotnet " + s, ".NET"});
    }
    if (p.equals("tsc")) {
      return Optional.of(new String[] {"tsc", "JavaScript"});
    }
    if (p.equals("npm") || p.equals("yarn") || p.equals("pnpm")) {
      List<String> words = c.positionalArgs(Npm.FLAGS);
      boolean build = words.equals(List.of("run", "build")) || words.equals(List.of("run-script",
          "build")) || !p.equals("npm") && words.equals(List.of("build"));
      return build ? Optional.of(new String[] {p + " run build", "JavaScript"}) : Optional.empty();
    }
    return Optional.empty();
  }

  /** A later step of the chain drops the devDependencies a JavaScript build needed. */
  private static boolean prunesDevDependencies(List<RunSite> sites, int from, SimpleCommand c) {
    for (int i = from; i < sites.size(); i++) {
      RunSite s = sites.get(i);
      for (SimpleCommand o : s.script().commands()) {
        if (i == from && o.start() <= c.start()) {
          continue;
        }
        SimpleCommand e = o.effective();
        boolean prodOnly = e.args().stream().anyMatch(a -> a.equals("--production")
            || a.equals("--omit=dev") || a.equals("--prod") || a.equals("--only=production"));
        if (e.is("npm", "yarn", "pnpm") && prodOnly
            || e.is("rm") && e.args().stream().anyMatch(a -> a.endsWith("node_modules")
                || a.endsWith("node_modules/"))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The packages an install command of any OS package manager names. */
  private static List<ShellWord> installedPackages(SimpleCommand c) {
    if (AptGet.isInstall(c)) {
      return AptGet.packages(c);
    }
    if (Apk.isAdd(c)) {
      return Apk.packages(c);
    }
    if (c.is("yum", "dnf", "dnf5", "microdnf")
        && Rpm.subcommand(c).filter("install"::equals).isPresent()) {
      return Rpm.packages(c);
    }
    if (Zypper.isInstall(c)) {
      return Zypper.packages(c);
    }
    return List.of();
  }

  /** A command that removes OS packages (what build-dependency cleanup looks like). */
  static boolean removesPackages(SimpleCommand c) {
    if (AptGet.is(c)) {
      return AptGet.subcommand(c).filter(s -> s.equals("purge") || s.equals("remove")
          || s.equals("autoremove") || s.equals("autopurge")).isPresent();
    }
    if (c.is("apk")) {
      return Apk.subcommand(c).filter("del"::equals).isPresent();
    }
    if (c.is("yum", "dnf", "dnf5", "microdnf")) {
      return Rpm.subcommand(c).filter(s -> s.equals("remove") || s.equals("erase")
          || s.equals("autoremove") || s.equals("history")).isPresent();
    }
    if (c.is("zypper")) {
      return Zypper.subcommand(c).filter(s -> s.equals("remove") || s.equals("rm")).isPresent();
    }
    return c.is("dpkg") && c.args().stream().anyMatch(a -> a.equals("--purge") || a.equals("-P")
        || a.equals("--remove") || a.equals("-r"));
  }
}
