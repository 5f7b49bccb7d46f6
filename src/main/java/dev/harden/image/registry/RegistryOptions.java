package dev.harden.image.registry;

import dev.harden.image.ImageOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/**
 * How the client talks to registries.
 *
 * @param insecureRegistries registries (host or host:port) spoken to over plain HTTP; loopback
 *     registries always are
 * @param dockerConfig docker {@code config.json} with {@code auths}, or null for anonymous access
 * @param maxManifestBytes cap on a manifest or index
 * @param timeout connect and per-request timeout
 * @param maxRedirects redirects followed for one request
 * @param maxAttempts tries for one request when the registry is busy (429, 502-504) or unreachable
 */
public record RegistryOptions(
    Set<String> insecureRegistries,
    Path dockerConfig,
    long maxManifestBytes,
    Duration timeout,
    int maxRedirects,
    int maxAttempts) {

  public RegistryOptions {
    insecureRegistries = insecureRegistries == null ? Set.of() : Set.copyOf(insecureRegistries);
  }

  public static RegistryOptions from(ImageOptions o) {
    return new RegistryOptions(o.insecureRegistries(), o.dockerConfig(),
        o.limits().maxManifestBytes(), o.registryTimeout(), 5, 3);
  }

  public RegistryOptions withMaxAttempts(int n) {
    return new RegistryOptions(insecureRegistries, dockerConfig, maxManifestBytes, timeout,
        maxRedirects, n);
  }

  public RegistryOptions withTimeout(Duration t) {
    return new RegistryOptions(insecureRegistries, dockerConfig, maxManifestBytes, t, maxRedirects,
        maxAttempts);
  }
}
