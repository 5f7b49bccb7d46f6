package dev.harden.image.registry;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.List;

/**
 * One call of the Registry HTTP API (jib's one-class-per-endpoint idea): what to ask and how to
 * read a successful answer. {@link RegistryClient} does everything common: scheme choice,
 * authentication, redirects, retries and mapping failures to {@link RegistryException}s.
 */
interface RegistryEndpoint<T> {

  /** {@code GET} or {@code HEAD}. */
  String method();

  /** Path below the registry root, e.g. {@code /v2/library/debian/manifests/12}. */
  String path();

  /** Media types for the {@code Accept} header; empty for none. */
  List<String> accept();

  /** Reads a 2xx answer. Unless {@link #keepsBody}, the body is closed afterwards. */
  T handle(Answer answer) throws IOException, RegistryException;

  /** Says what was being done, for messages: {@code "pull manifest library/debian:12"}. */
  String action();

  /** True when {@link #handle} returns the open body to the caller (blob downloads). */
  default boolean keepsBody() {
    return false;
  }

  /** A registry answer. */
  record Answer(int status, HttpHeaders headers, InputStream body, URI uri, String registry) {

    long contentLength() {
      return headers.firstValueAsLong("Content-Length").orElse(-1);
    }
  }
}
