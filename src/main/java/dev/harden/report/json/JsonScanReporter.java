package dev.harden.report.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.harden.lint.Finding;
import dev.harden.match.PackageMatch;
import dev.harden.report.FindingJson;
import dev.harden.report.ImageJson;
import dev.harden.report.Json;
import dev.harden.report.RenderOptions;
import dev.harden.report.Reporter;
import dev.harden.report.ScanReport;
import dev.harden.report.VulnerabilityJson;

/**
 * {@code harden scan --format json}: {@code {schemaVersion, image, packages, unknowns,
 * vulnerabilities, findings}} (docs/output.md).
 */
public final class JsonScanReporter implements Reporter<ScanReport> {

  public static final String SCHEMA_VERSION = "1.0";

  @Override
  public String format() {
    return "json";
  }

  @Override
  public String render(ScanReport report, RenderOptions options) {
    ObjectNode root = Json.object();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.set("image", ImageJson.of(report.image(), report.catalog().packages()));
    root.setAll(new JsonPackagesReporter(false).packages(report.catalog()));
    ArrayNode vulns = root.putArray("vulnerabilities");
    for (PackageMatch m : report.vulnerabilities()) {
      vulns.add(VulnerabilityJson.of(m, report.image()));
    }
    ArrayNode findings = root.putArray("findings");
    for (Finding f : report.findings()) {
      findings.add(FindingJson.finding(f));
    }
    ArrayNode warnings = root.putArray("warnings");
    report.warnings().forEach(warnings::add);
    return Json.write(root);
  }
}
