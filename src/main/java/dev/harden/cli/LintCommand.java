package dev.harden.cli;

import dev.harden.config.HardenConfig;
import dev.harden.io.InputException;
import dev.harden.lint.Finding;
import dev.harden.pipeline.LintRun;
import dev.harden.pipeline.LintTargets;
import dev.harden.report.LintReport;
import dev.harden.report.RenderOptions;
import dev.harden.report.json.JsonLintReporter;
import dev.harden.report.sarif.SarifLintReporter;
import dev.harden.report.text.TextLintReporter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code harden lint <file|dir|->...}: Dockerfiles and Kubernetes manifests. */
final class LintCommand implements Callable<Integer> {

  private final CommandSpec spec = CommandSpecs.command(this, "lint",
      "Lint Dockerfiles and Kubernetes manifests.",
      "A directory is searched for Dockerfile, *.Dockerfile, Dockerfile.*, Containerfile and"
          + " *.yaml/*.yml; - reads standard input.",
      "Formats: text, json, sarif. Exit 1 when a finding reaches the failure threshold.");
  private final OutputOptions output = new OutputOptions().addTo(spec);
  private final ConfigOptions configOptions = new ConfigOptions().addTo(spec);
  private final OptionValue<String> target = new OptionValue<>();
  private final OptionValue<List<String>> targets = new OptionValue<>();

  LintCommand() {
    spec.addOption(CommandSpecs.option(target, String.class, "--target")
        .paramLabel("STAGE")
        .description("Lint the image this build stage produces (default: the last stage).")
        .build());
    spec.addPositional(CommandSpecs.parameters(targets, String.class, "TARGET", "Files, directories or -."));
  }

  /** The command's picocli model. */
  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws InputException {
    List<String> targets = this.targets.value();
    if (!List.of("text", "json", "sarif").contains(output.format())) {
      throw new ParameterException(spec.commandLine(),
          "unknown format '" + output.format() + "' for lint (text, json, sarif)");
    }
    HardenConfig config = configOptions.load();
    var inputs = LintTargets.expand(targets, true);
    if (inputs.isEmpty()) {
      throw new InputException(String.join(" ", targets),
          "no Dockerfile or manifest found");
    }
    LintReport report =
        new LintRun(config, Optional.ofNullable(target.value())).run(inputs, System.in);
    RenderOptions options = new RenderOptions(
        output.output() == null && output.format().equals("text")
            && Terminal.colour(true, System.getenv()),
        HardenCommand.toolVersion(), RenderOptions.DEFAULT_DOCS_BASE);
    String content =
        switch (output.format()) {
          case "json" -> new JsonLintReporter().render(report, options);
          case "sarif" -> new SarifLintReporter().render(report, options);
          default -> new TextLintReporter().render(report, options);
        };
    ReportOutput.deliver(content, output.output(), spec.commandLine().getOut());
    for (Finding f : report.findings()) {
      if (config.failureThreshold().blocks(f.severity())) {
        return ExitCodes.BLOCKED;
      }
    }
    return ExitCodes.OK;
  }
}
