package dev.harden.report.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.harden.catalog.CatalogResult;
import dev.harden.catalog.Pkg;
import dev.harden.catalog.PkgType;
import dev.harden.catalog.Unknown;

/**
 * harden's own JSON form of a package inventory (documented in docs/output.md, "Packages"). Owned
 * files are left out unless asked for: they run to hundreds of thousands of paths per image.
 */
public final class PackagesJson {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final boolean includeFiles;

  public PackagesJson(boolean includeFiles) {
    this.includeFiles = includeFiles;
  }

  public String render(CatalogResult result) {
    return toString(toJson(result.sorted()));
  }

  /** The document as a tree, for reports that embed the package list. */
  public ObjectNode toJson(CatalogResult result) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode packages = root.putArray("packages");
    for (Pkg p : result.packages()) {
      packages.add(pkg(p));
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
    ObjectNode o = JSON.createObjectNode();
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

  private static String toString(ObjectNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("JSON serialisation failed", e);
    }
  }
}
