package dev.harden.cli;

import dev.harden.catalog.CatalogContext;
import dev.harden.image.fs.ContentSelector;
import dev.harden.io.InputException;
import dev.harden.pipeline.ImagePipeline;
import dev.harden.pipeline.ScanRun;
import dev.harden.report.RenderOptions;
import dev.harden.report.ScanReport;
import dev.harden.report.json.JsonScanReporter;
import dev.harden.report.sarif.SarifScanReporter;
import dev.harden.report.text.TextScanReporter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code harden scan IMAGE}: packages and their vulnerabilities from the offline database. */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    description = {
      "Scan an image: inventory its packages and match them against the vulnerability database.",
      "The database must exist (harden db update, or harden db import).",
      "Formats: text, json, sarif."
    })
final class ScanCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin OutputOptions output;

  @Mixin ImageOptionsMixin image;

  @Mixin DbLocation db;

  @Mixin ConfigOptions configOptions;

  @Parameters(index = "0", paramLabel = "IMAGE", description = "The image to scan.")
  String target;

  @Override
  public Integer call() throws InputException {
    if (!List.of("text", "json", "sarif").contains(output.format)) {
      throw new ParameterException(spec.commandLine(),
          "unknown format '" + output.format + "' for scan (text, json, sarif)");
    }
    ImagePipeline pipeline =
        new ImagePipeline(image.options(), CatalogContext.defaults(), ContentSelector.NONE);
    ScanReport report = new ScanRun(pipeline, db.resolve(), configOptions.load().lint()).scan(target);
    RenderOptions options = new RenderOptions(
        output.output == null && output.format.equals("text")
            && Terminal.colour(true, System.getenv()),
        HardenCommand.toolVersion(), RenderOptions.DEFAULT_DOCS_BASE);
    String content =
        switch (output.format) {
          case "json" -> new JsonScanReporter().render(report, options);
          case "sarif" -> new SarifScanReporter().render(report, options);
          default -> new TextScanReporter().render(report, options);
        };
    ReportOutput.deliver(content, output.output, spec.commandLine().getOut());
    return ExitCodes.OK;
  }
}
