package dev.harden.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.harden.policy.AllowEntry;
import dev.harden.policy.AllowlistOutcome;
import dev.harden.policy.Decision;
import dev.harden.policy.Suppressor;
import dev.harden.policy.VexStatement;

/** The JSON form of the gate's decisions and the allowlist outcome (docs/output.md, "Gate"). */
public final class DecisionJson {

  private DecisionJson() {}

  /** Adds {@code verdict, decidedBy, policyVerdict, adjustment, suppressedBy, expiredAllowance}. */
  public static void addTo(ObjectNode o, Decision d) {
    o.put("verdict", d.verdict().id());
    o.put("decidedBy", d.decidedBy());
    o.put("policyVerdict", d.ruleVerdict().id());
    if (d.adjustment() == null) {
      o.putNull("adjustment");
    } else {
      o.put("adjustment", d.adjustment());
    }
    if (d.suppressedBy() == null) {
      o.putNull("suppressedBy");
    } else {
      o.set("suppressedBy", suppressor(d.suppressedBy()));
    }
    if (!d.expiredEntries().isEmpty()) {
      ArrayNode a = o.putArray("expiredAllowance");
      d.expiredEntries().forEach(e -> a.add(entry(e)));
    }
  }

  public static ObjectNode suppressor(Suppressor s) {
    if (s instanceof AllowEntry e) {
      return entry(e);
    }
    VexStatement st = (VexStatement) s;
    {
        ObjectNode o = Json.object();
        o.put("source", "vex");
        o.put("file", st.file());
        o.put("statement", st.place());
        o.put("format", st.format());
        o.put("status", st.status().id());
        Json.putOrNull(o, "justification", st.justification());
        Json.putOrNull(o, "impact", st.impact());
        return o;
    }
  }

  public static ObjectNode entry(AllowEntry e) {
    ObjectNode o = Json.object();
    o.put("source", "allowlist");
    o.put("file", e.file());
    o.put("line", e.line());
    o.put("id", e.id());
    Json.putOrNull(o, "reason", e.reason());
    Json.putOrNull(o, "ticket", e.ticket());
    Json.putOrNull(o, "expires", e.expires() == null ? null : e.expires().toString());
    return o;
  }

  /** {@code {file, expired:[...], stale:[...], warnings:[...]}}. */
  public static ObjectNode allowlist(AllowlistOutcome outcome) {
    ObjectNode o = Json.object();
    Json.putOrNull(o, "file", outcome.file().orElse(null));
    ArrayNode expired = o.putArray("expired");
    for (AllowlistOutcome.Use u : outcome.expired()) {
      expired.add(entry(u.entry()).put("matched", u.matched()));
    }
    ArrayNode stale = o.putArray("stale");
    outcome.stale().forEach(e -> stale.add(entry(e)));
    ArrayNode warnings = o.putArray("warnings");
    outcome.warnings().forEach(warnings::add);
    return o;
  }
}
