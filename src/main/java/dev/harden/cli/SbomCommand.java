package dev.harden.cli;

import dev.harden.catalog.CatalogContext;
import dev.harden.catalog.CatalogResult;
import dev.harden.image.fs.ContentSelector;
import dev.harden.image.source.ImageContents;
import dev.harden.io.InputException;
import dev.harden.pipeline.ImagePipeline;
import dev.harden.report.RenderOptions;
import dev.harden.report.SbomDocument;
import dev.harden.ecosystem.SpdxLicenseIds;
import dev.harden.report.cyclonedx.CycloneDxSbomReporter;
import dev.harden.report.json.JsonPackagesReporter;
import dev.harden.report.spdx.SpdxSbomReporter;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code harden sbom IMAGE}: every OS and language package of an image. */
final class SbomCommand implements Callable<Integer> {

  private final CommandSpec spec = CommandSpecs.command(this, "sbom",
      "Inventory every package of an image: CycloneDX 1.6, SPDX 2.3 or harden's JSON.",
      "IMAGE is a docker-archive or OCI layout (tar or directory), a root filesystem directory,"
          + " or a registry reference.",
      "Formats: cyclonedx (default), spdx, json.");
  private final OutputOptions output = new OutputOptions().addTo(spec);
  private final ImageOptionsMixin image = new ImageOptionsMixin().addTo(spec);
  private final OptionValue<String> target = new OptionValue<>();

  SbomCommand() {
    spec.addPositional(CommandSpecs.parameter(target, 0, "IMAGE", "The image to inventory."));
  }

  /** The command's picocli model. */
  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws InputException, IOException {
    String target = this.target.value();
    String format = output.format().equals("text") ? "cyclonedx" : output.format();
    if (!List.of("cyclonedx", "spdx", "json").contains(format)) {
      throw new ParameterException(spec.commandLine(),
          "unknown format '" + output.format() + "' for sbom (cyclonedx, spdx, json)");
    }
    ImagePipeline pipeline =
        new ImagePipeline(image.options(), CatalogContext.defaults(), ContentSelector.NONE);
    CatalogResult catalog;
    try (ImageContents contents = pipeline.read(target)) {
      catalog = pipeline.catalog(contents);
    }
    SbomDocument doc = new SbomDocument(target, catalog, Instant.now());
    RenderOptions options = RenderOptions.plain(HardenCommand.toolVersion());
    String content =
        switch (format) {
          case "spdx" -> new SpdxSbomReporter(SpdxLicenseIds.load()).render(doc, options);
          case "json" -> new JsonPackagesReporter(false).render(doc, options);
          default -> new CycloneDxSbomReporter(SpdxLicenseIds.load()).render(doc, options);
        };
    ReportOutput.deliver(content, output.output(), spec.commandLine().getOut());
    return ExitCodes.OK;
  }
}
