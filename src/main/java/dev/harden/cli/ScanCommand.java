package dev.harden.cli;

import dev.harden.catalog.CatalogContext;
import dev.harden.image.fs.ContentSelector;
import dev.harden.io.InputException;
import dev.harden.pipeline.GateRun;
import dev.harden.pipeline.ImagePipeline;
import dev.harden.report.GateReport;
import dev.harden.report.RenderOptions;
import dev.harden.report.builtin.BuiltinReporters;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code harden scan IMAGE}: packages and their vulnerabilities from the offline database, with
 * the image checks, gated by the same policy as {@code harden ci}.
 */
final class ScanCommand implements Callable<Integer> {

  private final CommandSpec spec = CommandSpecs.command(this, "scan",
      "Scan an image: inventory its packages, tell which layer brought each one and whether the"
          + " image's command can load it, match them against the vulnerability database, and"
          + " apply the gate policy (exit 1 when something blocks).",
      "The database must exist (harden db update, or harden db import).",
      "Formats: " + BuiltinReporters.GATE_FORMATS + ".");
  private final OutputOptions output = new OutputOptions().addTo(spec);
  private final ImageOptionsMixin image = new ImageOptionsMixin().addTo(spec);
  private final DbLocation db = new DbLocation().addTo(spec);
  private final ConfigOptions configOptions = new ConfigOptions().addTo(spec);
  private final GateOptions gate = new GateOptions().addTo(spec);
  private final ReachOptionsMixin reach = new ReachOptionsMixin().addTo(spec);
  private final OptionValue<Path> dockerfile = new OptionValue<>();
  private final OptionValue<String> target = new OptionValue<>();

  ScanCommand() {
    spec.addOption(CommandSpecs.option(dockerfile, Path.class, "--dockerfile")
        .paramLabel("FILE")
        .description("The Dockerfile the image was built from: its final stage's FROM tells the"
            + " base image's layers from the application's.")
        .build());
    spec.addPositional(CommandSpecs.parameter(target, 0, "IMAGE", "The image to scan."));
  }

  /** The command's picocli model. */
  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws InputException {
    Path dockerfile = this.dockerfile.value();
    String target = this.target.value();
    var reporter = BuiltinReporters.create().gate(output.format()).orElseThrow(
        () -> new ParameterException(spec.commandLine(), "unknown format '" + output.format()
            + "' for scan (" + BuiltinReporters.GATE_FORMATS + ")"));
    ImagePipeline pipeline =
        new ImagePipeline(image.options(), CatalogContext.defaults(), ContentSelector.NONE);
    GateReport report = new GateRun(gate.settings(configOptions.load(), db.resolve(), reach.settings(dockerfile)),
        pipeline)
        .run("scan", new GateRun.Inputs(Optional.empty(), List.of(), Optional.of(target),
            Optional.empty()), System.in);
    RenderOptions options = new RenderOptions(
        output.output() == null && output.format().equals("text")
            && Terminal.colour(true, System.getenv()),
        HardenCommand.toolVersion(), RenderOptions.DEFAULT_DOCS_BASE);
    ReportOutput.deliver(reporter.render(report, options), output.output(),
        spec.commandLine().getOut());
    return report.blocks() ? ExitCodes.BLOCKED : ExitCodes.OK;
  }
}
