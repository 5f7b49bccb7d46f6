package dev.harden.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.harden.lint.Finding;
import dev.harden.lint.RuleMeta;
import java.util.Map;

/**
 * The JSON form of findings and rules, shared by every report that lists them ({@code lint},
 * {@code ci}, {@code scan}); the field set is the contract in docs/output.md.
 */
public final class FindingJson {

  private FindingJson() {}

  public static ObjectNode finding(Finding f) {
    ObjectNode o = Json.object();
    RuleMeta rule = f.rule();
    o.put("rule", rule.id());
    putAliasesAndHardening(o, rule);
    o.put("severity", f.severity().label());
    o.put("file", f.location().file());
    o.put("line", f.location().line());
    o.put("column", f.location().column());
    o.put("message", f.message());
    o.put("fixable", rule.fixable());
    for (Map.Entry<String, String> d : f.location().details().entrySet()) {
      if (!o.has(d.getKey())) {
        o.put(d.getKey(), d.getValue());
      }
    }
    return o;
  }

  public static ObjectNode rule(RuleMeta rule) {
    ObjectNode o = Json.object();
    o.put("id", rule.id());
    o.put("kind", rule.kind().label());
    o.put("title", rule.title());
    o.put("severity", rule.severity().label());
    putAliasesAndHardening(o, rule);
    o.put("fixable", rule.fixable());
    o.put("rationale", rule.rationale());
    o.put("docs", rule.docPath());
    return o;
  }

  /** The rule's aliases, then its hardening change (null when it maps to none of the seven). */
  private static void putAliasesAndHardening(ObjectNode o, RuleMeta rule) {
    ArrayNode aliases = o.putArray("aliases");
    rule.aliases().forEach(aliases::add);
    if (rule.hardening() == null) {
      o.putNull("hardening");
    } else {
      o.put("hardening", rule.hardening());
    }
  }
}
