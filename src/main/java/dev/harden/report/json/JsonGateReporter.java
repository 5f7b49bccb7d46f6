package dev.harden.report.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.harden.lint.Finding;
import dev.harden.match.PackageMatch;
import dev.harden.policy.Subject;
import dev.harden.policy.Verdict;
import dev.harden.report.DecisionJson;
import dev.harden.report.FindingJson;
import dev.harden.report.GateReport;
import dev.harden.report.Gated;
import dev.harden.report.ImageJson;
import dev.harden.reach.PackageReach;
import dev.harden.report.Json;
import dev.harden.report.ReachJson;
import dev.harden.report.LayerSource;
import dev.harden.report.RenderOptions;
import dev.harden.report.Reporter;
import dev.harden.report.ScanReport;
import dev.harden.report.VulnerabilityJson;
import java.util.Map;
import java.util.Optional;

/**
 * {@code harden ci --format json} and {@code harden scan --format json}: the scan report's fields
 * as before, plus the gate's verdict on the run and on every finding and vulnerability, and the
 * allowlist's outcome (docs/output.md, "Gate").
 */
public final class JsonGateReporter implements Reporter<GateReport> {

  public static final String SCHEMA_VERSION = "1.1";

  @Override
  public String format() {
    return "json";
  }

  @Override
  public String render(GateReport report, RenderOptions options) {
    ObjectNode root = Json.object();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("command", report.command());
    root.put("verdict", report.verdict());
    ArrayNode inputs = root.putArray("inputs");
    report.inputs().forEach(inputs::add);
    root.putObject("policy").put("source", report.policy());
    ObjectNode summary = root.putObject("summary");
    for (Map.Entry<Verdict, Integer> e : report.counts().entrySet()) {
      summary.put(e.getKey().id(), e.getValue());
    }
    if (report.scan().isPresent()) {
      ScanReport scan = report.scan().get();
      root.set("image", ImageJson.of(scan.image(), scan.catalog().packages()));
      root.setAll(new JsonPackagesReporter(false).packages(scan.catalog(), scan.reach()));
      if (scan.reach().isPresent()) {
        root.set("reachability", ReachJson.summary(scan.reach().get()));
      } else {
        root.putNull("reachability");
      }
    } else {
      root.putNull("image");
      root.putArray("packages");
      root.putArray("unknowns");
    }
    ArrayNode vulns = root.putArray("vulnerabilities");
    for (Gated<PackageMatch> g : report.vulnerabilities()) {
      ObjectNode o = VulnerabilityJson.of(g.item(), report.scan().get().image());
      Subject s = g.subject();
      Optional<PackageReach> reach = report.scan().flatMap(ScanReport::reach)
          .flatMap(r -> r.of(g.item().pkg()));
      if (reach.isPresent()) {
        // the package's own fields, repeated: layer, origin (base|app), runtime, reachability
        ReachJson.addTo(o, reach.get());
      } else {
        o.put("origin", s.origin().id());
        o.putObject("reachability").put("status", s.reachability().id());
      }
      source(o, report, g.item().pkg().layer());
      DecisionJson.addTo(o, g.decision());
      vulns.add(o);
    }
    ArrayNode findings = root.putArray("findings");
    for (Gated<Finding> g : report.findings()) {
      ObjectNode o = FindingJson.finding(g.item());
      DecisionJson.addTo(o, g.decision());
      findings.add(o);
    }
    ArrayNode warnings = root.putArray("warnings");
    report.scan().ifPresent(s -> s.warnings().forEach(warnings::add));
    root.set("allowlist", DecisionJson.allowlist(report.allowlist()));
    ArrayNode vex = root.putObject("vex").putArray("files");
    report.vexFiles().forEach(vex::add);
    for (Map.Entry<String, Object> extra : report.extras().entrySet()) {
      root.set(extra.getKey(), Json.mapper().valueToTree(extra.getValue()));
    }
    return Json.write(root);
  }

  /** {@code dockerfile: {file, line, instruction}}: the step that made the package's layer. */
  private static void source(ObjectNode o, GateReport report, int layer) {
    LayerSource src = report.layerSources().get(layer);
    if (src != null) {
      o.putObject("dockerfile").put("file", src.file()).put("line", src.line())
          .put("instruction", src.instruction());
    }
  }
}
