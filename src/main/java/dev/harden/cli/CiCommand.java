package dev.harden.cli;

import dev.harden.catalog.CatalogContext;
import dev.harden.config.ConfigLoader;
import dev.harden.config.HardenConfig;
import dev.harden.image.fs.ContentSelector;
import dev.harden.io.InputException;
import dev.harden.pipeline.GateRun;
import dev.harden.pipeline.ImagePipeline;
import dev.harden.report.builtin.BuiltinReporters;
import dev.harden.report.GateReport;
import dev.harden.report.RenderOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code harden ci}: lint the Dockerfile and manifests, scan the image, and gate all of it with
 * one policy in one report. Exit 1 when anything blocks, 2 when any input cannot be used.
 */
final class CiCommand implements Callable<Integer> {

  private final CommandSpec spec = CommandSpecs.command(this, "ci",
      "Gate a change in CI: lint the Dockerfile and Kubernetes manifests, scan the image, and"
          + " decide every finding with one policy, in one report.",
      "Give any of --dockerfile, --manifests and --image (at least one).",
      "Exit 1 when anything blocks, 2 when an input cannot be read.",
      "Formats: " + BuiltinReporters.GATE_FORMATS + ".");
  private final OutputOptions output = new OutputOptions().addTo(spec);
  private final GateOptions gate = new GateOptions().addTo(spec);
  private final ImageOptionsMixin imageOptions = new ImageOptionsMixin().addTo(spec);
  private final DbLocation db = new DbLocation().addTo(spec);
  private final ReachOptionsMixin reach = new ReachOptionsMixin().addTo(spec);
  private final OptionValue<Path> dockerfile = new OptionValue<>();
  private final OptionValue<List<String>> manifests = new OptionValue<>();
  private final OptionValue<String> image = new OptionValue<>();
  private final OptionValue<String> target = new OptionValue<>();
  private final OptionValue<Path> config = new OptionValue<>();

  CiCommand() {
    spec.addOption(CommandSpecs.option(dockerfile, Path.class, "--dockerfile")
        .paramLabel("FILE")
        .description("The Dockerfile to lint.")
        .build());
    spec.addOption(CommandSpecs.listOption(manifests, String.class, false, "--manifests")
        .paramLabel("PATH")
        .description("Kubernetes manifests: files or directories (searched for *.yaml, *.yml);"
            + " repeatable.")
        .build());
    spec.addOption(CommandSpecs.option(image, String.class, "--image")
        .paramLabel("IMAGE")
        .description("The image to scan.")
        .build());
    spec.addOption(CommandSpecs.option(target, String.class, "--target")
        .paramLabel("STAGE")
        .description("The build stage the image comes from (default: the Dockerfile's last).")
        .build());
    spec.addOption(CommandSpecs.option(config, Path.class, "--config")
        .paramLabel("FILE")
        .description("Config file (default: the nearest .harden.yaml from the working directory"
            + " up).")
        .build());
  }

  /** The command's picocli model. */
  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws InputException {
    Path dockerfile = this.dockerfile.value();
    List<String> manifests = this.manifests.value();
    String image = this.image.value();
    String target = this.target.value();
    Path config = this.config.value();
    BuiltinReporters reporters = BuiltinReporters.create();
    var reporter = reporters.gate(output.format()).orElseThrow(() -> new ParameterException(
        spec.commandLine(), "unknown format '" + output.format() + "' for ci ("
            + BuiltinReporters.GATE_FORMATS + ")"));
    if (dockerfile == null && (manifests == null || manifests.isEmpty()) && image == null) {
      throw new ParameterException(spec.commandLine(),
          "nothing to gate: give --dockerfile, --manifests or --image");
    }
    HardenConfig hardenConfig = ConfigLoader.load(Path.of(""), System.getenv(),
        new ConfigLoader.Overrides(config, null, null));
    ImagePipeline pipeline = new ImagePipeline(imageOptions.options(), CatalogContext.defaults(),
        ContentSelector.NONE);
    GateReport report = new GateRun(gate.settings(hardenConfig, db.resolve(), reach.settings(dockerfile)),
        pipeline).run("ci",
        new GateRun.Inputs(Optional.ofNullable(dockerfile),
            manifests == null ? List.of() : manifests, Optional.ofNullable(image),
            Optional.ofNullable(target)), System.in);
    RenderOptions options = new RenderOptions(
        output.output() == null && output.format().equals("text")
            && Terminal.colour(true, System.getenv()),
        HardenCommand.toolVersion(), RenderOptions.DEFAULT_DOCS_BASE);
    ReportOutput.deliver(reporter.render(report, options), output.output(),
        spec.commandLine().getOut());
    return report.blocks() ? ExitCodes.BLOCKED : ExitCodes.OK;
  }
}
