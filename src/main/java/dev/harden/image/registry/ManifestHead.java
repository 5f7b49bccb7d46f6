package dev.harden.image.registry;

import dev.harden.image.Descriptor;
import dev.harden.io.Digest;
import java.util.List;

/**
 * {@code HEAD /v2/<name>/manifests/<reference>}: the digest, size and media type a registry gives
 * for a tag without sending the manifest (cheap, not rate-limited on Docker Hub). The digest comes
 * from a header and is not verified against bytes; use {@link ManifestGet} for a verified one.
 */
final class ManifestHead implements RegistryEndpoint<Descriptor> {

  private final String repository;
  private final String reference;

  ManifestHead(String repository, String reference) {
    this.repository = repository;
    this.reference = reference;
  }

  @Override
  public String method() {
    return "HEAD";
  }

  @Override
  public String path() {
    return "/v2/" + repository + "/manifests/" + reference;
  }

  @Override
  public List<String> accept() {
    return new ManifestGet(repository, reference, 0).accept();
  }

  @Override
  public Descriptor handle(Answer a) throws RegistryException {
    String header = a.headers().firstValue("Docker-Content-Digest").orElse(null);
    if (header == null || !Digest.isDigest(header.trim())) {
      throw new RegistryException.BadResponse(a.registry(), action()
          + ": no valid Docker-Content-Digest header");
    }
    String type = a.headers().firstValue("Content-Type").map(t -> t.split(";")[0].trim())
        .orElse(null);
    return new Descriptor(type, Digest.parse(header.trim()), Math.max(0, a.contentLength()));
  }

  @Override
  public String action() {
    return "check manifest " + repository + (reference.contains(":") ? "@" : ":") + reference;
  }
}
