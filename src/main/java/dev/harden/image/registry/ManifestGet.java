package dev.harden.image.registry;

import dev.harden.image.MediaTypes;
import dev.harden.io.BoundedInputStream;
import dev.harden.io.Digest;
import dev.harden.io.LimitExceededException;
import java.io.IOException;
import java.util.List;

/**
 * {@code GET /v2/<name>/manifests/<reference>}: the manifest or index bytes, capped in size and
 * verified: against the digest when the reference is one, and against {@code Docker-Content-Digest}
 * when the registry sends it.
 */
final class ManifestGet implements RegistryEndpoint<ManifestGet.Fetched> {

  /** Verified manifest bytes, their digest and the media type the registry declared. */
  record Fetched(byte[] raw, Digest digest, String mediaType) {}

  private final String repository;
  private final String reference;
  private final long maxBytes;

  ManifestGet(String repository, String reference, long maxBytes) {
    this.repository = repository;
    this.reference = reference;
    this.maxBytes = maxBytes;
  }

  @Override
  public String method() {
    return "GET";
  }

  @Override
  public String path() {
    return "/v2/" + repository + "/manifests/" + reference;
  }

  @Override
  public List<String> accept() {
    return List.of(MediaTypes.OCI_INDEX, MediaTypes.OCI_MANIFEST, MediaTypes.DOCKER_MANIFEST_LIST,
        MediaTypes.DOCKER_MANIFEST);
  }

  @Override
  public Fetched handle(Answer a) throws IOException, RegistryException {
    if (a.contentLength() > maxBytes) {
      throw new RegistryException.BadResponse(a.registry(), action() + ": manifest of "
          + a.contentLength() + " bytes is over the " + maxBytes + " allowed (limit maxManifestBytes)");
    }
    byte[] raw;
    try {
      raw = BoundedInputStream.readAll(a.body(), maxBytes, action());
    } catch (LimitExceededException e) {
      throw new RegistryException.BadResponse(a.registry(), e.getMessage()
          + " (limit maxManifestBytes)");
    }
    Digest computed = Digest.sha256(raw);
    if (Digest.isDigest(reference)) {
      Digest want = Digest.parse(reference);
      Digest got = want.algorithm().equals("sha256") ? computed : Digest.of(want.algorithm(), raw);
      if (!want.equals(got)) {
        throw new RegistryException.BadResponse(a.registry(), action()
            + ": digest mismatch: asked for " + want + ", the bytes have " + got);
      }
    }
    String header = a.headers().firstValue("Docker-Content-Digest").orElse(null);
    if (header != null) {
      Digest claimed;
      try {
        claimed = Digest.parse(header.trim());
      } catch (IllegalArgumentException e) {
        throw new RegistryException.BadResponse(a.registry(), action()
            + ": malformed Docker-Content-Digest header");
      }
      Digest got = claimed.algorithm().equals("sha256") ? computed : Digest.of(claimed.algorithm(), raw);
      if (!claimed.equals(got)) {
        throw new RegistryException.BadResponse(a.registry(), action()
            + ": Docker-Content-Digest says " + claimed + " but the bytes have " + got);
      }
    }
    String type = a.headers().firstValue("Content-Type").map(t -> t.split(";")[0].trim())
        .orElse(null);
    return new Fetched(raw, computed, type);
  }

  @Override
  public String action() {
    return "pull manifest " + repository + (reference.contains(":") ? "@" : ":") + reference;
  }
}
