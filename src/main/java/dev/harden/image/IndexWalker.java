package dev.harden.image;

import com.fasterxml.jackson.databind.JsonNode;
import dev.harden.io.Digest;
import dev.harden.io.InputException;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the image manifest for a platform below an index, following nested indexes (depth-capped,
 * loops refused). Index entries without a platform (as {@code docker save} writes them) are judged
 * by their config's os and architecture; attestation manifests are skipped.
 */
public final class IndexWalker {

  /** Documents looked at below one root at most (fan-out bound besides the depth bound). */
  static final int MAX_VISITS = 1000;

  /** Fetches verified, size-capped bytes of manifests and configs. */
  public interface Fetch {
    byte[] manifest(Descriptor d) throws InputException;

    byte[] config(Descriptor d) throws InputException;
  }

  /** The chosen manifest and the digests of the indexes passed on the way (outermost first). */
  public record Selected(Digest digest, byte[] raw, Manifest manifest, List<Digest> indexes) {}

  private final Fetch fetch;
  private final Platform want;
  private final ImageLimits limits;
  private final String source;
  private int visits;
  private final List<String> available = new ArrayList<>();

  private IndexWalker(Fetch fetch, Platform want, ImageLimits limits, String source) {
    this.fetch = fetch;
    this.want = want;
    this.limits = limits;
    this.source = source;
  }

  /**
   * The manifest to read, starting from a document that is an index or already a manifest.
   *
   * @param rootDigest digest of {@code rootRaw} (for an OCI layout's index.json, which has none,
   *     pass null)
   */
  public static Selected select(byte[] rootRaw, Digest rootDigest, Fetch fetch, Platform want,
      ImageLimits limits, String source) throws InputException {
    JsonNode doc = ImageJson.tree(rootRaw, source);
    String type = ImageJson.mediaTypeOf(doc);
    if (MediaTypes.isManifest(type)) {
      return new Selected(rootDigest, rootRaw, ImageJson.manifest(doc, source), List.of());
    }
    if (!MediaTypes.isIndex(type)) {
      throw new InputException(source, "neither a manifest nor an index (media type "
          + (type == null ? "missing" : type) + ")");
    }
    IndexWalker walker = new IndexWalker(fetch, want, limits, source);
    List<Digest> chain = new ArrayList<>();
    if (rootDigest != null) {
      chain.add(rootDigest);
    }
    Selected s = walker.walk(ImageJson.index(doc, source), 1, chain);
    if (s == null) {
      throw new InputException(source, "no image for platform " + want + " (index offers: "
          + (walker.available.isEmpty() ? "none" : String.join(", ", walker.available)) + ")");
    }
    return s;
  }

  private Selected walk(IndexManifest index, int depth, List<Digest> chain) throws InputException {
    if (depth > limits.maxIndexDepth()) {
      throw new InputException(source, "indexes nested more than " + limits.maxIndexDepth()
          + " deep (limit maxIndexDepth)");
    }
    for (Descriptor d : index.manifests()) {
      if ("attestation-manifest".equals(d.annotations().get("vnd.docker.reference.type"))) {
        continue;
      }
      if (chain.contains(d.digest())) {
        throw new InputException(source, "index loop: " + d.digest() + " contains itself");
      }
      if (++visits > MAX_VISITS) {
        throw new InputException(source, "index names more than " + MAX_VISITS + " manifests");
      }
      if (d.mediaType() != null && !MediaTypes.isIndex(d.mediaType())
          && !MediaTypes.isManifest(d.mediaType())) {
        available.add("unsupported media type " + d.mediaType());
        continue; // an artifact or a format this reader does not know: not an image
      }
      if (MediaTypes.isIndex(d.mediaType())) {
        if (d.platform() != null && d.platform().os() != null && !want.matches(d.platform())) {
          available.add(d.platform().toString());
          continue;
        }
        byte[] raw = fetch.manifest(d);
        List<Digest> next = new ArrayList<>(chain);
        next.add(d.digest());
        Selected s = walk(ImageJson.index(ImageJson.tree(raw, source), source + ": index "
            + d.digest()), depth + 1, next);
        if (s != null) {
          return s;
        }
        continue;
      }
      if (d.platform() != null && d.platform().os() != null) {
        if (!want.matches(d.platform())) {
          available.add(d.platform().toString());
          continue;
        }
        return load(d, chain);
      }
      // no platform on the descriptor: look at the config, as docker does for such indexes
      Selected s = load(d, chain);
      ImageConfig config = ImageJson.config(fetch.config(s.manifest().config()),
          source + ": config " + s.manifest().config().digest());
      if (config.os() == null || config.architecture() == null || want.matches(config.platform())) {
        return s;
      }
      available.add(config.platform().toString());
    }
    return null;
  }

  private Selected load(Descriptor d, List<Digest> chain) throws InputException {
    byte[] raw = fetch.manifest(d);
    String where = source + ": manifest " + d.digest();
    JsonNode doc = ImageJson.tree(raw, where);
    String type = ImageJson.mediaTypeOf(doc);
    if (MediaTypes.isIndex(type)) {
      throw new InputException(where, "the index entry says manifest but the document is an index");
    }
    if (!MediaTypes.isManifest(type)) {
      // read as a manifest anyway, an unknown format could hide layers: never a partial image
      throw new InputException(where, "unsupported manifest media type "
          + (type == null ? "(none given)" : type));
    }
    return new Selected(d.digest(), raw, ImageJson.manifest(doc, where), List.copyOf(chain));
  }
}
