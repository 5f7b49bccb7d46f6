package dev.harden.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.harden.reach.LayerRef;
import dev.harden.reach.PackageReach;
import dev.harden.reach.ReachResult;
import dev.harden.reach.Verdict;
import dev.harden.reach.layers.BaseAttribution;

/**
 * The JSON of layer attribution and reachability (contract in docs/output.md, "Packages" and
 * "Reachability"): per package {@code layer}, {@code origin}, {@code runtime} and
 * {@code reachability}; per image the base boundary and what the analysis could not follow.
 */
public final class ReachJson {

  private ReachJson() {}

  /** Adds {@code layer}, {@code origin}, {@code runtime} and {@code reachability} to {@code o}. */
  public static void addTo(ObjectNode o, PackageReach r) {
    LayerRef layer = r.layer();
    if (layer != null) {
      ObjectNode l = o.putObject("layer");
      l.put("index", layer.index());
      Json.putOrNull(l, "diffId", layer.diffId());
      Json.putOrNull(l, "createdBy", layer.createdBy());
    }
    Json.putOrNull(o, "origin", r.origin() == null ? null : r.origin().id());
    o.put("runtime", r.runtime());
    o.set("reachability", reachability(r.verdict()));
  }

  /** {@code {status, evidence, reason}}; the reason only for {@code unknown}. */
  public static ObjectNode reachability(Verdict v) {
    ObjectNode o = Json.object();
    o.put("status", v.status().id());
    ArrayNode evidence = o.putArray("evidence");
    v.evidence().forEach(evidence::add);
    if (v.reason() != null) {
      o.put("reason", v.reason());
    }
    return o;
  }

  /** {@code {base: {basis, layers, name, detail, notes}, commands, filesReached, unknowns, notes}}. */
  public static ObjectNode summary(ReachResult r) {
    ObjectNode o = Json.object();
    BaseAttribution a = r.attribution();
    ObjectNode base = o.putObject("base");
    base.put("basis", a.basis().id());
    base.put("layers", a.baseLayers());
    Json.putOrNull(base, "name", a.baseName());
    base.put("detail", a.detail());
    ArrayNode baseNotes = base.putArray("notes");
    a.notes().forEach(baseNotes::add);
    ArrayNode commands = o.putArray("commands");
    r.commands().forEach(commands::add);
    o.put("filesReached", r.filesReached());
    ArrayNode unknowns = o.putArray("unknowns");
    r.unknowns().forEach(unknowns::add);
    ArrayNode notes = o.putArray("notes");
    r.notes().forEach(notes::add);
    return o;
  }
}
