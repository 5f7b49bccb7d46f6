package dev.harden.report.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.harden.lint.Finding;
import dev.harden.report.FindingJson;
import dev.harden.report.Json;
import dev.harden.report.LintReport;
import dev.harden.report.RenderOptions;
import dev.harden.report.Reporter;
import java.util.Map;

/** {@code harden lint --format json}: {@code {"schemaVersion", "findings":[...]}} plus extras. */
public final class JsonLintReporter implements Reporter<LintReport> {

  public static final String SCHEMA_VERSION = "1.0";

  @Override
  public String format() {
    return "json";
  }

  @Override
  public String render(LintReport report, RenderOptions options) {
    ObjectNode root = Json.object();
    root.put("schemaVersion", SCHEMA_VERSION);
    ArrayNode findings = root.putArray("findings");
    for (Finding f : report.findings()) {
      findings.add(FindingJson.finding(f));
    }
    for (Map.Entry<String, Object> extra : report.extras().entrySet()) {
      root.set(extra.getKey(), Json.mapper().valueToTree(extra.getValue()));
    }
    return Json.write(root);
  }
}
