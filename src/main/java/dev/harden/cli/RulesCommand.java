package dev.harden.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.harden.io.InputException;
import dev.harden.lint.builtin.BuiltinRules;
import dev.harden.lint.RuleMeta;
import dev.harden.report.FindingJson;
import dev.harden.report.Json;
import dev.harden.report.LintReport;
import dev.harden.report.RenderOptions;
import dev.harden.report.sarif.SarifLintReporter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code harden rules}: every rule with its metadata. */
final class RulesCommand implements Callable<Integer> {

  private final CommandSpec spec = CommandSpecs.command(this, "rules",
      "List every rule with its id, severity, aliases and hardening change."
          + "%nFormats: text, json, sarif.");
  private final OutputOptions output = new OutputOptions().addTo(spec);

  /** The command's picocli model. */
  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws InputException {
    List<RuleMeta> rules = BuiltinRules.all();
    RenderOptions options = RenderOptions.plain(HardenCommand.toolVersion());
    String content =
        switch (output.format()) {
          case "json" -> json(rules);
          case "sarif" -> new SarifLintReporter().render(new LintReport(List.of(), rules), options);
          case "text" -> text(rules);
          default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
              "unknown format '" + output.format() + "' for rules (text, json, sarif)");
        };
    ReportOutput.deliver(content, output.output(), spec.commandLine().getOut());
    return ExitCodes.OK;
  }

  private static String json(List<RuleMeta> rules) {
    ObjectNode root = Json.object();
    ArrayNode list = root.putArray("rules");
    rules.forEach(r -> list.add(FindingJson.rule(r)));
    return Json.write(root);
  }

  private static String text(List<RuleMeta> rules) {
    StringBuilder out = new StringBuilder();
    for (RuleMeta r : rules) {
      out.append(String.format("%-7s %-8s %-11s %s", r.id(), r.severity().label(),
          r.hardening() == null ? "" : "hardening " + r.hardening(), r.title()));
      if (!r.aliases().isEmpty()) {
        out.append("  [").append(String.join(", ", r.aliases())).append(']');
      }
      out.append('\n');
    }
    out.append(rules.size()).append(" rules\n");
    return out.toString();
  }
}
