package dev.harden.image;

import java.io.IOException;
import java.io.InputStream;

/**
 * Opens the stored bytes of a blob a descriptor names (an archive entry, a layout file, a registry
 * download). Callers wrap the stream with the size bound and digest check; fetchers need not.
 */
@FunctionalInterface
public interface BlobFetcher {

  InputStream open(Descriptor blob) throws IOException;
}
