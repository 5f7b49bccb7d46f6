package dev.harden.fix.dockerfile;

import dev.harden.dockerfile.Base;
import dev.harden.dockerfile.Cmd;
import dev.harden.dockerfile.CommandLine;
import dev.harden.dockerfile.Entrypoint;
import dev.harden.dockerfile.ExecForm;
import dev.harden.dockerfile.ImageReference;
import dev.harden.dockerfile.Instruction;
import dev.harden.dockerfile.Run;
import dev.harden.dockerfile.ShellForm;
import dev.harden.dockerfile.Stage;
import dev.harden.dockerfile.shell.FlagSpec;
import dev.harden.dockerfile.shell.SimpleCommand;
import dev.harden.lint.dockerfile.BaseImage;
import dev.harden.lint.dockerfile.BaseImage.Variant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises a single-stage build of a compiled language and works out its multi-stage form: the
 * build command, the artefact it leaves (from {@code go build -o}, or the file the CMD or
 * ENTRYPOINT runs), and the image to run it on. Go, Maven/Gradle, Rust, C with make, and Node
 * with a build step are understood; anything else is reported with the reason.
 */
final class SingleStageBuild {

  /**
   * How to split the stage.
   *
   * @param language what is built ("Go")
   * @param runtime the image of the runtime stage
   * @param artefacts absolute paths copied from the build stage, each to the same path
   * @param buildTail commands added at the end of the build stage (dropping devDependencies)
   * @param caveat what to check after the rewrite
   */
  record Plan(String language, String runtime, List<String> artefacts, List<String> buildTail,
      String caveat) {}

  /** A plan, or why there is none. {@code builds} is false when the stage builds nothing. */
  record Outcome(boolean builds, Optional<Plan> plan, String reason) {

    static final Outcome NOTHING = new Outcome(false, Optional.empty(), "");

    static Outcome of(Plan plan) {
      return new Outcome(true, Optional.of(plan), "");
    }

    static Outcome cannot(String reason) {
      return new Outcome(true, Optional.empty(), reason);
    }
  }

  private static final Set<String> MAVEN_GOALS = Set.of("package", "install", "verify");
  private static final Set<String> GRADLE_TASKS = Set.of("build", "assemble", "bootJar", "jar",
      "shadowJar", "installDist");
  private static final Set<String> NPM_INSTALLS = Set.of("ci", "install", "i");

  private final FixContext context;
  private final Stage stage;
  private final Optional<BaseImage> base;
  private final List<SimpleCommand> commands = new ArrayList<>();
  private final List<Instruction> commandRuns = new ArrayList<>();

  SingleStageBuild(FixContext context, Stage stage) {
    this.context = context;
    this.stage = stage;
    this.base = stage.base() instanceof Base.Image image
        ? context.knowledge().lookup(image.reference()) : Optional.empty();
    for (Instruction i : stage.instructions()) {
      if (i instanceof Run run) {
        for (SimpleCommand c : run.script().commands()) {
          commands.add(c.effective());
          commandRuns.add(i);
        }
      }
    }
  }

  Outcome plan() {
    for (int n = 0; n < commands.size(); n++) {
      SimpleCommand c = commands.get(n);
      Instruction run = commandRuns.get(n);
      if (c.is("go") && c.subcommand(FlagSpec.NONE).filter("build"::equals).isPresent()) {
        return go(c, run);
      }
      if (c.is("mvn", "mvnw") && c.args().stream().anyMatch(MAVEN_GOALS::contains)
          || c.is("gradle", "gradlew") && c.args().stream().anyMatch(GRADLE_TASKS::contains)) {
        return java(c.program().startsWith("mvn") ? "Maven" : "Gradle");
      }
      if (c.is("cargo") && c.subcommand(FlagSpec.NONE).filter("build"::equals).isPresent()) {
        return rust(c);
      }
      if (c.is("make", "gcc", "cc", "g++", "c++", "clang", "cmake")) {
        return c99(c.program());
      }
      if (c.is("npm", "yarn", "pnpm") && isNodeBuild(c)) {
        return node(c, n);
      }
      if (c.is("javac", "dotnet", "tsc")) {
        return Outcome.cannot(c.program() + " builds in the only stage; harden has no"
            + " multi-stage rewrite for it yet: split the stage by hand");
      }
    }
    return Outcome.NOTHING;
  }

  private Outcome go(SimpleCommand build, Instruction run) {
    Optional<String> out = build.flagValue("-o")
        .flatMap(o -> Workdirs.resolve(Workdirs.before(stage, run), o));
    if (out.isEmpty()) {
      out = entrypointPath();
    }
    if (out.isEmpty()) {
      return Outcome.cannot("cannot tell where go build puts the binary: give it -o"
          + " /path/app, or run it by path in CMD/ENTRYPOINT");
    }
    boolean isStatic = StaticBinaries.builtBy(stage).isPresent();
    String runtime = isStatic ? base.flatMap(BaseImage::runtimeImage)
        .map(ImageReference::familiar).orElse(binaryRuntime("static"))
        : binaryRuntime("glibc");
    return Outcome.of(new Plan("Go", runtime, List.of(out.get()), List.of(), isStatic
        ? "the binary is static (CGO_ENABLED=0); check it reads no file of the build image"
        : "the binary links glibc dynamically, which distroless/base provides; libraries"
            + " beyond glibc and libssl must be copied or installed too"));
  }

  /** The knowledge base's image for a binary of this linkage (static, glibc, cc). */
  private String binaryRuntime(String linkage) {
    return context.knowledge().binaryRuntime(linkage).map(ImageReference::familiar)
        .orElseThrow(() -> new IllegalStateException("base-images.yaml names no binaryRuntimes."
            + linkage));
  }

  private Outcome java(String tool) {
    Optional<String> jar = javaJar();
    if (jar.isEmpty()) {
      return Outcome.cannot(tool + " builds in the only stage but the CMD/ENTRYPOINT does not"
          + " run a jar by a fixed path (java -jar target/app.jar): split the stage by hand");
    }
    Optional<ImageReference> runtime = base.flatMap(BaseImage::runtimeImage)
        .or(() -> base.map(b -> b.variants().get(Variant.SLIM)));
    if (runtime.isEmpty()) {
      return Outcome.cannot("cannot tell the Java version of the build image for a JRE runtime"
          + " image: name it in the tag (maven:3.9-eclipse-temurin-21)");
    }
    return Outcome.of(new Plan("Java (" + tool + ")", runtime.get().familiar(), List.of(jar.get()),
        List.of(), "the jar must bring its dependencies (a fat jar) or they must be copied too"));
  }

  private Outcome rust(SimpleCommand build) {
    Optional<String> binary = entrypointPath();
    if (binary.isEmpty()) {
      return Outcome.cannot("cargo build runs in the only stage but the CMD/ENTRYPOINT does not"
          + " run the binary by path (./target/release/app): split the stage by hand");
    }
    boolean musl = build.flagValues("--target").stream().anyMatch(t -> t.endsWith("-musl"));
    String runtime = musl ? binaryRuntime("static")
        : base.flatMap(BaseImage::runtimeImage).map(ImageReference::familiar)
            .orElse(binaryRuntime("cc"));
    return Outcome.of(new Plan("Rust", runtime, List.of(binary.get()), List.of(),
        "libraries beyond glibc and libgcc (OpenSSL, ...) must be copied or installed too"));
  }

  private Outcome c99(String tool) {
    Optional<String> binary = entrypointPath();
    if (binary.isEmpty()) {
      return Outcome.cannot(tool + " builds in the only stage but the CMD/ENTRYPOINT does not"
          + " run the program by path: split the stage by hand");
    }
    Optional<ImageReference> runtime = base.flatMap(BaseImage::runtimeImage)
        .or(() -> base.map(b -> b.variants().get(Variant.SLIM)))
        .or(() -> base.filter(BaseImage::lean).map(BaseImage::reference));
    if (runtime.isEmpty()) {
      return Outcome.cannot("harden does not know a runtime image for "
          + context.dockerfile().text(stage.from().image().span()) + ": split the stage by hand");
    }
    return Outcome.of(new Plan("C/C++ (" + tool + ")", runtime.get().familiar(),
        List.of(binary.get()), List.of(), "shared libraries the program links to (beyond libc"
            + " and libstdc++) must be installed in the runtime stage"));
  }

  private boolean isNodeBuild(SimpleCommand c) {
    List<String> words = c.positionalArgs(FlagSpec.NONE);
    return words.equals(List.of("run", "build")) || words.equals(List.of("run-script", "build"))
        || !c.is("npm") && words.equals(List.of("build"));
  }

  private Outcome node(SimpleCommand build, int index) {
    boolean devInstalled = false;
    for (int n = 0; n < index; n++) {
      SimpleCommand c = commands.get(n);
      if (c.is("npm", "yarn", "pnpm") && installs(c) && !production(c)) {
        devInstalled = true;
      }
    }
    if (!devInstalled) {
      return Outcome.NOTHING;
    }
    Optional<String> app = Workdirs.atEnd(stage);
    if (app.isEmpty() || app.get().equals("/")) {
      return Outcome.cannot("the build runs without a WORKDIR of its own; set one so the app"
          + " directory can be copied");
    }
    String runtime = base.map(b -> b.lean() ? b.reference()
            : b.variants().getOrDefault(Variant.SLIM, b.reference()))
        .map(ImageReference::familiar)
        .orElse(context.dockerfile().text(stage.from().image().span()));
    String prune = switch (build.program()) {
      case "yarn" -> "yarn install --production --ignore-scripts --prefer-offline";
      case "pnpm" -> "pnpm prune --prod";
      default -> "npm prune --omit=dev";
    };
    return Outcome.of(new Plan("JavaScript", runtime, List.of(app.get()), List.of(prune),
        "the runtime stage copies " + app.get() + " with its sources; files the build step"
            + " needed but the application does not can be left out with a narrower COPY"));
  }

  private static boolean installs(SimpleCommand c) {
    List<String> words = c.positionalArgs(FlagSpec.NONE);
    return words.isEmpty() && c.is("yarn")
        || !words.isEmpty() && (NPM_INSTALLS.contains(words.get(0)) && words.size() == 1);
  }

  private static boolean production(SimpleCommand c) {
    return c.args().stream().anyMatch(a -> a.equals("--production") || a.equals("--omit=dev")
        || a.equals("--prod") || a.startsWith("--only=prod"));
  }

  /** The argv the container starts with: the last ENTRYPOINT, then the last CMD. */
  private List<String> argv() {
    List<String> argv = new ArrayList<>();
    CommandLine entrypoint = null;
    CommandLine cmd = null;
    for (Instruction i : stage.instructions()) {
      if (i instanceof Entrypoint e) {
        entrypoint = e.command();
      } else if (i instanceof Cmd c) {
        cmd = c.command();
      }
    }
    for (CommandLine line : new CommandLine[] {entrypoint, cmd}) {
      if (line instanceof ExecForm exec) {
        argv.addAll(exec.values());
      } else if (line instanceof ShellForm shell) {
        ExecFormFix.plainCommand(shell.script()).ifPresent(argv::addAll);
      }
    }
    return argv;
  }

  /** The program the container starts, when written as a path, made absolute. */
  private Optional<String> entrypointPath() {
    List<String> argv = argv();
    if (argv.isEmpty() || !argv.get(0).contains("/")) {
      return Optional.empty();
    }
    return Workdirs.resolve(Workdirs.atEnd(stage), argv.get(0));
  }

  /** {@code java ... -jar PATH}: the jar, made absolute. */
  private Optional<String> javaJar() {
    List<String> argv = argv();
    int jar = argv.indexOf("-jar");
    if (argv.isEmpty() || !argv.get(0).endsWith("java") || jar < 0 || jar + 1 >= argv.size()
        || argv.get(jar + 1).contains("*") || argv.get(jar + 1).contains("$")) {
      return Optional.empty();
    }
    return Workdirs.resolve(Workdirs.atEnd(stage), argv.get(jar + 1));
  }
}
