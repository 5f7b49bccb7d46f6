package dev.harden.report.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.harden.fix.Fix;
import dev.harden.fix.FixProblem;
import dev.harden.lint.Location;
import dev.harden.lint.RuleMeta;
import dev.harden.report.FixReport;
import dev.harden.report.Json;
import dev.harden.report.RenderOptions;
import dev.harden.report.Reporter;
import java.util.Map;

/**
 * {@code harden fix --format json}: per file, the fixes applied, the suggested ones left out and
 * the findings that could not be fixed, each with its reason, plus the diff. The contract is in
 * docs/fix.md.
 */
public final class JsonFixReporter implements Reporter<FixReport> {

  public static final String SCHEMA_VERSION = "1.0";

  @Override
  public String format() {
    return "json";
  }

  @Override
  public String render(FixReport report, RenderOptions options) {
    ObjectNode root = Json.object();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("written", report.written());
    root.put("blocked", report.blocked());
    ArrayNode files = root.putArray("files");
    for (FixReport.FileResult f : report.files()) {
      ObjectNode o = files.addObject();
      o.put("file", f.file());
      o.put("kind", f.kind());
      o.put("changed", f.changed());
      ArrayNode applied = o.putArray("applied");
      f.applied().forEach(fix -> applied.add(fix(fix)));
      ArrayNode notApplied = o.putArray("notApplied");
      for (Fix fix : f.notApplied()) {
        notApplied.add(fix(fix).put("why", "suggested: applied only with --unsafe"));
      }
      ArrayNode problems = o.putArray("problems");
      f.problems().forEach(p -> problems.add(problem(p)));
      o.put("diff", f.diff());
    }
    ArrayNode locks = root.putArray("locks");
    for (FixReport.LockResult l : report.locks()) {
      locks.addObject().put("file", l.file()).put("added", l.added());
    }
    return Json.write(root);
  }

  private static ObjectNode fix(Fix fix) {
    ObjectNode o = rule(fix.rule());
    o.put("safety", fix.safety().label());
    location(o, fix.location());
    o.put("description", fix.description());
    o.put("reason", fix.reason());
    return o;
  }

  private static ObjectNode problem(FixProblem p) {
    ObjectNode o = rule(p.rule());
    location(o, p.location());
    o.put("description", p.description());
    o.put("reason", p.reason());
    o.put("blocking", p.blocking());
    return o;
  }

  private static ObjectNode rule(RuleMeta rule) {
    ObjectNode o = Json.object();
    o.put("rule", rule.id());
    if (rule.hardening() == null) {
      o.putNull("hardening");
    } else {
      o.put("hardening", rule.hardening());
    }
    return o;
  }

  private static void location(ObjectNode o, Location l) {
    o.put("line", l.line());
    o.put("column", l.column());
    for (Map.Entry<String, String> d : l.details().entrySet()) {
      if (!o.has(d.getKey())) {
        o.put(d.getKey(), d.getValue());
      }
    }
  }
}
