package dev.harden.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.harden.catalog.CatalogContext;
import dev.harden.catalog.CatalogResult;
import dev.harden.image.LayerInfo;
import dev.harden.image.fs.ContentSelector;
import dev.harden.image.source.ImageContents;
import dev.harden.io.InputException;
import dev.harden.lint.Finding;
import dev.harden.pipeline.ImagePipeline;
import dev.harden.report.FindingJson;
import dev.harden.report.ImageJson;
import dev.harden.report.ImageSummary;
import dev.harden.report.Json;
import dev.harden.report.text.Ansi;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code harden inspect IMAGE}: OS, layers, package counts, image checks. */
final class InspectCommand implements Callable<Integer> {

  private final CommandSpec spec = CommandSpecs.command(this, "inspect",
      "Describe an image: OS, layers with size and created_by, packages per layer and type, and"
          + " the image checks of the seven hardening changes.",
      "Formats: text, json. Exit 1 when a check reaches the failure threshold.");
  private final OutputOptions output = new OutputOptions().addTo(spec);
  private final ImageOptionsMixin image = new ImageOptionsMixin().addTo(spec);
  private final ConfigOptions configOptions = new ConfigOptions().addTo(spec);
  private final OptionValue<String> target = new OptionValue<>();

  InspectCommand() {
    spec.addPositional(CommandSpecs.parameter(target, 0, "IMAGE", "The image to inspect."));
  }

  /** The command's picocli model. */
  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws InputException, IOException {
    String target = this.target.value();
    if (!List.of("text", "json").contains(output.format())) {
      throw new ParameterException(spec.commandLine(),
          "unknown format '" + output.format() + "' for inspect (text, json)");
    }
    var config = configOptions.load();
    ImagePipeline pipeline =
        new ImagePipeline(image.options(), CatalogContext.defaults(), ContentSelector.NONE);
    ImageSummary summary;
    CatalogResult catalog;
    List<Finding> findings;
    try (ImageContents contents = pipeline.read(target)) {
      catalog = pipeline.catalog(contents);
      summary = ImagePipeline.summary(contents);
      findings = ImagePipeline.check(contents, catalog, config.lint());
    }
    String content = output.format().equals("json") ? json(summary, catalog, findings)
        : text(summary, catalog, findings, new Ansi(output.output() == null
            && Terminal.colour(true, System.getenv())));
    ReportOutput.deliver(content, output.output(), spec.commandLine().getOut());
    for (Finding f : findings) {
      if (config.failureThreshold().blocks(f.severity())) {
        return ExitCodes.BLOCKED;
      }
    }
    return ExitCodes.OK;
  }

  private static String json(ImageSummary summary, CatalogResult catalog, List<Finding> findings) {
    ObjectNode root = Json.object();
    root.put("schemaVersion", "1.0");
    root.set("image", ImageJson.of(summary, catalog.packages()));
    root.put("packages", catalog.packages().size());
    ArrayNode unknowns = root.putArray("unknowns");
    catalog.unknowns().forEach(u -> unknowns.addObject().put("path", u.path())
        .put("reason", u.reason()));
    ArrayNode list = root.putArray("findings");
    findings.forEach(f -> list.add(FindingJson.finding(f)));
    return Json.write(root);
  }

  private static String text(ImageSummary summary, CatalogResult catalog, List<Finding> findings,
      Ansi ansi) {
    StringBuilder out = new StringBuilder();
    out.append(ansi.bold(summary.subject())).append('\n');
    summary.digest().ifPresent(d -> out.append("digest:   ").append(d).append('\n'));
    summary.platform().ifPresent(p -> out.append("platform: ").append(p).append('\n'));
    out.append("os:       ").append(summary.os().map(os -> os.prettyName() != null
        ? os.prettyName() : os.id() + " " + os.versionId()).orElse("none detected"))
        .append('\n');
    summary.base().ifPresent(b -> out.append("base:     ").append(b.describe()).append('\n'));
    summary.config().ifPresent(c -> {
      out.append("user:     ").append(c.user() == null || c.user().isEmpty() ? "(root)"
          : c.user()).append('\n');
      if (c.entrypoint() != null) {
        out.append("entrypoint: ").append(c.entrypoint()).append('\n');
      }
      if (c.cmd() != null) {
        out.append("cmd:      ").append(c.cmd()).append('\n');
      }
    });
    out.append("packages: ").append(catalog.packages().size()).append('\n');
    out.append('\n').append(ansi.bold("layers")).append('\n');
    for (LayerInfo layer : summary.layers()) {
      Map<String, Integer> counts = ImageJson.packagesPerType(catalog.packages(), layer.index());
      out.append(String.format("%3d  %9s  %-20s  %s%n", layer.index(), size(layer.size()),
          counts.isEmpty() ? "-" : counts.toString().replaceAll("[{}]", ""),
          layer.createdBy() == null ? "" : ansi.dim(abbreviate(layer.createdBy()))));
    }
    long rootFs = catalog.packages().stream().filter(p -> p.layer() < 0).count();
    if (summary.layers().isEmpty() && rootFs > 0) {
      out.append("  (root filesystem directory: no layers)\n");
    }
    if (!catalog.unknowns().isEmpty()) {
      out.append('\n').append(ansi.yellow("unknowns")).append('\n');
      catalog.unknowns().forEach(u -> out.append("  ").append(u.path()).append(": ")
          .append(u.reason()).append('\n'));
    }
    out.append('\n').append(ansi.bold("checks")).append('\n');
    if (findings.isEmpty()) {
      out.append("  none failed\n");
    }
    for (Finding f : findings) {
      out.append("  ").append(ansi.severity(f.severity())).append(' ')
          .append(ansi.bold(f.rule().id())).append(' ').append(f.message()).append('\n');
    }
    return out.toString();
  }

  private static String size(long bytes) {
    return bytes >= 1 << 20 ? String.format("%.1f MiB", bytes / 1048576.0)
        : String.format("%.1f KiB", bytes / 1024.0);
  }

  private static String abbreviate(String s) {
    String one = s.replaceAll("\\s+", " ").trim();
    return one.length() > 90 ? one.substring(0, 87) + "..." : one;
  }
}
