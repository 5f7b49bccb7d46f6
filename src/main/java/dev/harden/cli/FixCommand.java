package dev.harden.cli;

import dev.harden.config.ConfigLoader;
import dev.harden.config.HardenConfig;
import dev.harden.fix.pin.DigestPins;
import dev.harden.fix.pin.RegistryDigests;
import dev.harden.image.ImageOptions;
import dev.harden.image.registry.RegistryOptions;
import dev.harden.io.InputException;
import dev.harden.pipeline.FixRun;
import dev.harden.pipeline.LintInput;
import dev.harden.pipeline.LintTargets;
import dev.harden.report.FixReport;
import dev.harden.report.RenderOptions;
import dev.harden.report.builtin.BuiltinReporters;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code harden fix <file|dir|->...}: fixes Dockerfiles and Kubernetes manifests. */
@Command(
    name = "fix",
    mixinStandardHelpOptions = true,
    description = {
      "Fix Dockerfiles and Kubernetes manifests: prints a unified diff, or with --write replaces"
          + " the files.",
      "Safe fixes are applied; suggested ones (which may change what the image does) only with"
          + " --unsafe, and are always listed with their reason.",
      "Base images are pinned to digests from harden.lock (beside the Dockerfile) or the"
          + " registry. Exit 1 when a digest could not be resolved.",
      "Formats: " + BuiltinReporters.FIX_FORMATS + "; see docs/fix.md."
    })
final class FixCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin OutputOptions output;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Config file (default: the nearest .harden.yaml from the working directory up).")
  Path config;

  @Option(
      names = "--ignore",
      paramLabel = "RULE",
      split = ",",
      description = "Do not fix these rules (ids or aliases); repeatable.")
  List<String> ignored;

  @Mixin RegistryAccessOptions registry;

  @Option(names = "--write", description = "Replace the files with their fixed text (atomically).")
  boolean write;

  @Option(names = "--unsafe", description = "Apply suggested fixes too.")
  boolean unsafe;

  @Option(
      names = "--only",
      paramLabel = "RULE",
      split = ",",
      description = "Fix only these rules (ids or aliases); repeatable.")
  List<String> only;

  @Option(
      names = "--lock",
      paramLabel = "FILE",
      description = "The lock file of base image digests (default: harden.lock beside each"
          + " Dockerfile).")
  Path lock;

  @Option(
      names = "--lock-write",
      description = "Add the digests resolved at registries to the lock file.")
  boolean lockWrite;

  @Option(
      names = "--target",
      paramLabel = "STAGE",
      description = "Fix the image this build stage produces (default: the last stage).")
  String target;

  @Parameters(arity = "1..*", paramLabel = "TARGET", description = "Files, directories or -.")
  List<String> targets;

  @Override
  public Integer call() throws InputException {
    var reporter = BuiltinReporters.create().fix(output.format).orElseThrow(
        () -> new ParameterException(spec.commandLine(), "unknown format '" + output.format
            + "' for fix (" + BuiltinReporters.FIX_FORMATS + ")"));
    if (write && targets.contains("-")) {
      throw new ParameterException(spec.commandLine(),
          "--write cannot write back to standard input; leave it out to get the diff");
    }
    HardenConfig config = ConfigLoader.load(Path.of(""), System.getenv(),
        new ConfigLoader.Overrides(this.config, null, ignored));
    List<LintInput> inputs = LintTargets.expand(targets, true);
    if (inputs.isEmpty()) {
      throw new InputException(String.join(" ", targets), "no Dockerfile or manifest found");
    }
    RegistryOptions registryOptions = RegistryOptions.from(registry.apply(ImageOptions.defaults()));
    DigestPins pins = new DigestPins(new RegistryDigests(registryOptions),
        Optional.ofNullable(lock), lockWrite);
    FixRun run = new FixRun(config.lint(), new FixRun.Options(unsafe,
        only == null ? java.util.Set.of() : new HashSet<>(only), Optional.ofNullable(target),
        pins));
    FixReport report = run.run(inputs, System.in);
    if (write) {
      report = run.write(report);
    }
    if (lockWrite) {
      report = run.writeLocks(report);
    }
    RenderOptions options = new RenderOptions(
        output.output == null && output.format.equals("text")
            && Terminal.colour(true, System.getenv()),
        HardenCommand.toolVersion(), RenderOptions.DEFAULT_DOCS_BASE);
    String content = reporter.render(report, options);
    ReportOutput.deliver(content, output.output, spec.commandLine().getOut());
    return report.blocked() ? ExitCodes.BLOCKED : ExitCodes.OK;
  }
}
