package dev.harden.image.registry;

import dev.harden.image.Descriptor;
import java.io.InputStream;
import java.util.List;

/**
 * {@code GET /v2/<name>/blobs/<digest>}: the blob's bytes as a stream (usually after a redirect to
 * storage). The caller bounds it by the descriptor's size and checks the digest while reading.
 */
final class BlobGet implements RegistryEndpoint<InputStream> {

  private final String repository;
  private final Descriptor blob;

  BlobGet(String repository, Descriptor blob) {
    this.repository = repository;
    this.blob = blob;
  }

  @Override
  public String method() {
    return "GET";
  }

  @Override
  public String path() {
    return "/v2/" + repository + "/blobs/" + blob.digest();
  }

  @Override
  public List<String> accept() {
    return List.of();
  }

  @Override
  public InputStream handle(Answer a) throws RegistryException {
    long length = a.contentLength();
    if (length >= 0 && length != blob.size()) {
      throw new RegistryException.BadResponse(a.registry(), action() + ": the registry sends "
          + length + " bytes, the manifest says " + blob.size());
    }
    return a.body();
  }

  @Override
  public boolean keepsBody() {
    return true;
  }

  @Override
  public String action() {
    return "pull blob " + repository + "@" + blob.digest();
  }
}
