package dev.harden.report.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.harden.catalog.CatalogResult;
import dev.harden.catalog.Pkg;
import dev.harden.catalog.PkgType;
import dev.harden.catalog.Unknown;
import dev.harden.reach.ReachResult;
import dev.harden.report.Json;
import dev.harden.report.ReachJson;
import dev.harden.report.RenderOptions;
import dev.harden.report.Reporter;
import dev.harden.report.SbomDocument;
import java.util.Optional;

/**
 * harden's own JSON form of a package inventory (documented in docs/output.md, "Packages"). Owned
 * files are left out unless asked for: they run to hundreds of thousands of paths per image.
 */
public final class JsonPackagesReporter implements Reporter<SbomDocument> {

  public static final String SCHEMA_VERSION = "1.0";

  private final boolean includeFiles;

  public JsonPackagesReporter(boolean includeFiles) {
    this.includeFiles = includeFiles;
  }

  @Override
  public String format() {
    return "json";
  }

  @Override
  public String render(SbomDocument doc, RenderOptions options) {
    ObjectNode root = Json.object();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("subject", doc.subject());
    root.setAll(packages(doc.catalog()));
    return Json.write(root);
  }

  /** {@code packages} and {@code unknowns}, for reports that embed the package list. */
  public ObjectNode packages(CatalogResult result) {
    return packages(result, Optional.empty());
  }

  /**
   * As {@link #packages(CatalogResult)}, each package with its layer, origin, runtime flag and
   * reachability when the scan worked them out.
   */
  public ObjectNode packages(CatalogResult result, Optional<ReachResult> reach) {
    ObjectNode root = Json.object();
    ArrayNode packages = root.putArray("packages");
    for (Pkg p : result.packages()) {
      ObjectNode o = pkg(p);
      reach.flatMap(r -> r.of(p)).ifPresent(r -> ReachJson.addTo(o, r));
      packages.add(o);
    }
    ArrayNode unknowns = root.putArray("unknowns");
    for (Unknown u : result.unknowns()) {
      ObjectNode o = unknowns.addObject();
      o.put("path", u.path());
      o.put("reason", u.reason());
    }
    return root;
  }

  private ObjectNode pkg(Pkg p) {
    ObjectNode o = Json.object();
    o.put("name", p.name());
    o.put("version", p.version());
    o.put("type", p.type().id());
    o.put("purl", p.purl().canonicalize());
    o.put("ecosystem", p.ecosystem().osvName());
    ArrayNode licenses = o.putArray("licenses");
    p.licenses().forEach(licenses::add);
    if (p.source() != null) {
      ObjectNode s = o.putObject("source");
      s.put("name", p.source().name());
      s.put("version", p.source().version());
    }
    o.putObject("layer").put("index", p.layer());
    ArrayNode locations = o.putArray("locations");
    p.locations().forEach(locations::add);
    if (p.type() == PkgType.NPM) {
      o.put("dev", p.dev());
    }
    if (includeFiles) {
      ArrayNode files = o.putArray("files");
      p.files().forEach(files::add);
    }
    return o;
  }
}
