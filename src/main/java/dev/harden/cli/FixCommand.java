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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code harden fix <file|dir|->...}: fixes Dockerfiles and Kubernetes manifests. */
final class FixCommand implements Callable<Integer> {

  private final CommandSpec spec = CommandSpecs.command(this, "fix",
      "Fix Dockerfiles and Kubernetes manifests: prints a unified diff, or with --write replaces"
          + " the files.",
      "Safe fixes are applied; suggested ones (which may change what the image does) only with"
          + " --unsafe, and are always listed with their reason.",
      "Base images are pinned to digests from harden.lock (beside the Dockerfile) or the"
          + " registry. Exit 1 when a digest could not be resolved.",
      "Formats: " + BuiltinReporters.FIX_FORMATS + "; see docs/fix.md.");
  private final OutputOptions output = new OutputOptions().addTo(spec);
  private final OptionValue<Path> config = new OptionValue<>();
  private final OptionValue<List<String>> ignored = new OptionValue<>();
  private final RegistryAccessOptions registry = new RegistryAccessOptions().addTo(spec);
  private final OptionValue<Boolean> write = new OptionValue<>(false);
  private final OptionValue<Boolean> unsafe = new OptionValue<>(false);
  private final OptionValue<List<String>> only = new OptionValue<>();
  private final OptionValue<Path> lock = new OptionValue<>();
  private final OptionValue<Boolean> lockWrite = new OptionValue<>(false);
  private final OptionValue<String> target = new OptionValue<>();
  private final OptionValue<List<String>> targets = new OptionValue<>();

  FixCommand() {
    spec.addOption(CommandSpecs.option(config, Path.class, "--config")
        .paramLabel("FILE")
        .description("Config file (default: the nearest .harden.yaml from the working directory"
            + " up).")
        .build());
    spec.addOption(CommandSpecs.listOption(ignored, String.class, true, "--ignore")
        .paramLabel("RULE")
        .description("Do not fix these rules (ids or aliases); repeatable.")
        .build());
    spec.addOption(CommandSpecs.flag(write, "--write")
        .description("Replace the files with their fixed text (atomically).")
        .build());
    spec.addOption(CommandSpecs.flag(unsafe, "--unsafe")
        .description("Apply suggested fixes too.")
        .build());
    spec.addOption(CommandSpecs.listOption(only, String.class, true, "--only")
        .paramLabel("RULE")
        .description("Fix only these rules (ids or aliases); repeatable.")
        .build());
    spec.addOption(CommandSpecs.option(lock, Path.class, "--lock")
        .paramLabel("FILE")
        .description("The lock file of base image digests (default: harden.lock beside each"
            + " Dockerfile).")
        .build());
    spec.addOption(CommandSpecs.flag(lockWrite, "--lock-write")
        .description("Add the digests resolved at registries to the lock file.")
        .build());
    spec.addOption(CommandSpecs.option(target, String.class, "--target")
        .paramLabel("STAGE")
        .description("Fix the image this build stage produces (default: the last stage).")
        .build());
    spec.addPositional(CommandSpecs.parameters(targets, String.class, "TARGET", "Files, directories or -."));
  }

  /** The command's picocli model. */
  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws InputException {
    boolean write = this.write.value();
    boolean unsafe = this.unsafe.value();
    boolean lockWrite = this.lockWrite.value();
    List<String> only = this.only.value();
    Path lock = this.lock.value();
    String target = this.target.value();
    List<String> targets = this.targets.value();
    List<String> ignored = this.ignored.value();
    var reporter = BuiltinReporters.create().fix(output.format()).orElseThrow(
        () -> new ParameterException(spec.commandLine(), "unknown format '" + output.format()
            + "' for fix (" + BuiltinReporters.FIX_FORMATS + ")"));
    if (write && targets.contains("-")) {
      throw new ParameterException(spec.commandLine(),
          "--write cannot write back to standard input; leave it out to get the diff");
    }
    HardenConfig config = ConfigLoader.load(Path.of(""), System.getenv(),
        new ConfigLoader.Overrides(this.config.value(), null, ignored));
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
        output.output() == null && output.format().equals("text")
            && Terminal.colour(true, System.getenv()),
        HardenCommand.toolVersion(), RenderOptions.DEFAULT_DOCS_BASE);
    String content = reporter.render(report, options);
    ReportOutput.deliver(content, output.output(), spec.commandLine().getOut());
    return report.blocked() ? ExitCodes.BLOCKED : ExitCodes.OK;
  }
}
