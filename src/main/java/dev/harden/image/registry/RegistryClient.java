package dev.harden.image.registry;

import com.fasterxml.jackson.databind.JsonNode;
import dev.harden.image.Descriptor;
import dev.harden.image.ImageJson;
import dev.harden.image.ImageReference;
import dev.harden.io.BoundedInputStream;
import dev.harden.io.Digest;
import dev.harden.io.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import javax.net.ssl.SSLException;

/**
 * Registry HTTP API v2 client for one repository, on the JDK's HttpClient. It chooses the scheme
 * (HTTPS; plain HTTP only for loopback and listed insecure registries), answers 401 challenges
 * (anonymous or credentialed Bearer tokens as Docker Hub and GHCR use them, or Basic), follows
 * redirects itself (credentials are dropped when the host changes; HTTPS never downgrades), retries
 * busy or unreachable registries a bounded number of times, and maps failures to typed
 * {@link RegistryException}s whose messages never hold credentials or tokens.
 */
public final class RegistryClient {

  private static final long MAX_TOKEN_BYTES = 1 << 20;

  private final ImageReference ref;
  private final RegistryOptions options;
  private final HttpClient http;
  private final URI base;
  private final Optional<Credential> credential;
  private String authorization;

  private RegistryClient(ImageReference ref, RegistryOptions options,
      Optional<Credential> credential) {
    this.ref = ref;
    this.options = options;
    this.credential = credential;
    this.base = URI.create((plainHttpAllowed(ref.apiHost()) ? "http" : "https") + "://"
        + ref.apiHost());
    this.http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(options.timeout())
        .build();
  }

  /** A client for the repository of {@code ref}, with credentials from the docker config. */
  public static RegistryClient create(ImageReference ref, RegistryOptions options)
      throws InputException {
    return new RegistryClient(ref, options,
        DockerConfigCredentials.find(options.dockerConfig(), ref.registry()));
  }

  /** As {@link #create}, with an explicit credential instead of the docker config's. */
  public static RegistryClient create(ImageReference ref, RegistryOptions options,
      Credential credential) {
    return new RegistryClient(ref, options, Optional.ofNullable(credential));
  }

  public ImageReference reference() {
    return ref;
  }

  /** The verified manifest or index for a tag or digest. */
  public ManifestGet.Fetched manifest(String reference) throws RegistryException {
    return send(new ManifestGet(ref.repository(), reference, options.maxManifestBytes()));
  }

  /**
   * The digest a tag (or the reference's digest) resolves to, from the manifest bytes themselves:
   * for a multi-platform image this is the index digest, which is what a pin should name.
   */
  public Digest resolveDigest() throws RegistryException {
    return manifest(ref.manifestReference()).digest();
  }

  /** Digest, size and media type from a HEAD request (header only, not verified). */
  public Descriptor head(String reference) throws RegistryException {
    return send(new ManifestHead(ref.repository(), reference));
  }

  /** The stored bytes of a blob; bound and verify them with the descriptor. */
  public InputStream blob(Descriptor d) throws RegistryException {
    return send(new BlobGet(ref.repository(), d));
  }

  // ------------------------------------------------------------------ the common machinery

  <T> T send(RegistryEndpoint<T> endpoint) throws RegistryException {
    URI uri = base.resolve(endpoint.path());
    boolean authenticated = false;
    for (int attempt = 1; ; attempt++) {
      HttpResponse<InputStream> r;
      try {
        r = exchange(endpoint, uri);
      } catch (RegistryException.Unreachable e) {
        if (attempt >= options.maxAttempts()) {
          throw e;
        }
        pause(attempt, null);
        continue;
      }
      int status = r.statusCode();
      if (status >= 200 && status < 300) {
        boolean keep = false;
        try {
          T result = endpoint.handle(new RegistryEndpoint.Answer(status, r.headers(),
              new StallGuard(r.body(), options.timeout(), endpoint.action()), r.uri(),
              registry()));
          keep = endpoint.keepsBody();
          return result;
        } catch (IOException e) {
          throw new RegistryException.Unreachable(registry(), endpoint.action()
              + ": the answer broke off: " + safe(e.getMessage()), e);
        } finally {
          if (!keep) {
            closeQuietly(r.body());
          }
        }
      }
      String detail = errorDetail(r);
      if (status == 401 && !authenticated) {
        authenticated = true;
        authenticate(r, endpoint);
        continue;
      }
      if (status == 401 || status == 403) {
        throw new RegistryException.Unauthorized(registry(), endpoint.action() + ": "
            + (credential.isPresent() ? "the registry refused the credentials"
                : "the registry requires credentials and none are configured for it")
            + " (HTTP " + status + detail + ")");
      }
      if (status == 404) {
        throw new RegistryException.NotFound(registry(), endpoint.action() + ": not found"
            + " (HTTP 404" + detail + ")");
      }
      if ((status == 429 || status == 502 || status == 503 || status == 504)
          && attempt < options.maxAttempts()) {
        pause(attempt, r.headers().firstValue("Retry-After").orElse(null));
        continue;
      }
      throw new RegistryException.BadResponse(registry(), endpoint.action()
          + ": unexpected HTTP " + status + detail);
    }
  }

  /** Sends one request, following redirects; only 3xx without a usable Location end here. */
  private HttpResponse<InputStream> exchange(RegistryEndpoint<?> endpoint, URI first)
      throws RegistryException {
    URI uri = first;
    for (int hop = 0; hop <= options.maxRedirects(); hop++) {
      HttpRequest.Builder b = HttpRequest.newBuilder(uri)
          .timeout(options.timeout())
          .method(endpoint.method(), HttpRequest.BodyPublishers.noBody())
          .header("User-Agent", "harden");
      if (!endpoint.accept().isEmpty()) {
        b.header("Accept", String.join(", ", endpoint.accept()));
      }
      if (authorization != null && sameOrigin(uri, base)) {
        b.header("Authorization", authorization);
      }
      HttpResponse<InputStream> r = call(b.build(), endpoint.action());
      int s = r.statusCode();
      if (s == 301 || s == 302 || s == 303 || s == 307 || s == 308) {
        String location = r.headers().firstValue("Location").orElse(null);
        closeQuietly(r.body());
        if (location == null) {
          throw new RegistryException.BadResponse(registry(), endpoint.action()
              + ": redirect without a Location");
        }
        URI next = uri.resolve(location);
        if ("https".equals(uri.getScheme()) && !"https".equals(next.getScheme())) {
          throw new RegistryException.BadResponse(registry(), endpoint.action()
              + ": refused a redirect from HTTPS to " + next.getScheme());
        }
        if (!"https".equals(next.getScheme()) && !"http".equals(next.getScheme())) {
          throw new RegistryException.BadResponse(registry(), endpoint.action()
              + ": redirect to an unsupported scheme");
        }
        uri = next;
        continue;
      }
      return r;
    }
    throw new RegistryException.BadResponse(registry(), endpoint.action() + ": more than "
        + options.maxRedirects() + " redirects");
  }

  private HttpResponse<InputStream> call(HttpRequest request, String action)
      throws RegistryException {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpConnectTimeoutException | ConnectException | UnknownHostException e) {
      throw new RegistryException.Unreachable(registry(), action + ": registry unreachable ("
          + describe(e) + ")", e);
    } catch (HttpTimeoutException e) {
      throw new RegistryException.Unreachable(registry(), action + ": no answer within "
          + options.timeout().toSeconds() + " s", e);
    } catch (SSLException e) {
      throw new RegistryException.Unreachable(registry(), action + ": TLS failed ("
          + safe(e.getMessage()) + ")", e);
    } catch (IOException e) {
      throw new RegistryException.Unreachable(registry(), action + ": connection failed ("
          + describe(e) + ")", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RegistryException(registry(), action + ": interrupted");
    }
  }

  private void authenticate(HttpResponse<InputStream> r, RegistryEndpoint<?> endpoint)
      throws RegistryException {
    String header = r.headers().firstValue("WWW-Authenticate").orElse(null);
    if (header == null) {
      throw new RegistryException.Unauthorized(registry(), endpoint.action()
          + ": HTTP 401 without an authentication challenge");
    }
    Challenge c = Challenge.parse(header);
    if (c.scheme().equals("basic")) {
      if (credential.isEmpty()) {
        throw new RegistryException.Unauthorized(registry(), endpoint.action()
            + ": the registry requires credentials and none are configured for it");
      }
      if (!"https".equals(base.getScheme()) && !plainHttpAllowed(ref.apiHost())) {
        throw new RegistryException.BadResponse(registry(), "refusing to send a password over plain HTTP");
      }
      authorization = credential.get().basicHeader();
      return;
    }
    if (!c.scheme().equals("bearer") || c.params().get("realm") == null) {
      throw new RegistryException.Unauthorized(registry(), endpoint.action()
          + ": unsupported authentication challenge '" + c.scheme() + "'");
    }
    authorization = "Bearer " + fetchToken(c, endpoint.action());
  }

  private String fetchToken(Challenge c, String action) throws RegistryException {
    URI realm;
    try {
      realm = URI.create(c.params().get("realm"));
    } catch (IllegalArgumentException e) {
      throw new RegistryException.BadResponse(registry(), action + ": malformed token realm");
    }
    if (!"https".equals(realm.getScheme())
        && !("http".equals(realm.getScheme()) && plainHttpAllowed(authority(realm)))) {
      throw new RegistryException.BadResponse(registry(), action
          + ": refusing a token service that is not HTTPS (" + realm.getHost() + ")");
    }
    String scope = c.params().getOrDefault("scope", "repository:" + ref.repository() + ":pull");
    StringBuilder q = new StringBuilder();
    if (c.params().containsKey("service")) {
      q.append("service=").append(enc(c.params().get("service"))).append('&');
    }
    q.append("scope=").append(enc(scope));
    URI tokenUri = URI.create(realm + (realm.getQuery() == null ? "?" : "&") + q);
    HttpRequest.Builder b = HttpRequest.newBuilder(tokenUri).timeout(options.timeout()).GET()
        .header("User-Agent", "harden");
    credential.ifPresent(cr -> b.header("Authorization", cr.basicHeader()));
    HttpResponse<InputStream> r = call(b.build(), action + " (token)");
    try (InputStream body = r.body()) {
      if (r.statusCode() == 401 || r.statusCode() == 403) {
        throw new RegistryException.Unauthorized(registry(), action
            + ": the token service refused " + (credential.isPresent() ? "the credentials"
                : "anonymous access") + " (HTTP " + r.statusCode() + ")");
      }
      if (r.statusCode() != 200) {
        throw new RegistryException.BadResponse(registry(), action
            + ": token service answered HTTP " + r.statusCode());
      }
      JsonNode doc = ImageJson.tree(BoundedInputStream.readAll(body, MAX_TOKEN_BYTES,
          "token"), "token");
      String token = ImageJson.text(doc, "token");
      if (token == null || token.isEmpty()) {
        token = ImageJson.text(doc, "access_token");
      }
      if (token == null || token.isEmpty() || token.chars().anyMatch(ch -> ch < 0x21 || ch > 0x7e)) {
        throw new RegistryException.BadResponse(registry(), action
            + ": the token service sent no usable token");
      }
      return token;
    } catch (RegistryException e) {
      throw e; // a refusal said above; not an unreadable answer
    } catch (InputException e) {
      throw new RegistryException.BadResponse(registry(), action
          + ": unreadable token answer");
    } catch (IOException e) {
      throw new RegistryException.Unreachable(registry(), action + ": token answer broke off", e);
    }
  }

  // ------------------------------------------------------------------ helpers

  /** Plain HTTP is allowed for loopback registries and those the user listed as insecure. */
  boolean plainHttpAllowed(String hostPort) {
    if (options.insecureRegistries().contains(hostPort)) {
      return true;
    }
    String host = hostPort.startsWith("[") ? hostPort.substring(0, hostPort.indexOf(']') + 1)
        : hostPort.contains(":") ? hostPort.substring(0, hostPort.indexOf(':')) : hostPort;
    if (options.insecureRegistries().contains(host)) {
      return true;
    }
    return host.equals("localhost") || host.equals("[::1]") || host.matches("127(\\.\\d{1,3}){3}");
  }

  private static String authority(URI u) {
    return u.getPort() < 0 ? u.getHost() : u.getHost() + ":" + u.getPort();
  }

  private static boolean sameOrigin(URI a, URI b) {
    return a.getScheme().equalsIgnoreCase(b.getScheme())
        && a.getHost() != null && a.getHost().equalsIgnoreCase(b.getHost())
        && effectivePort(a) == effectivePort(b);
  }

  private static int effectivePort(URI u) {
    return u.getPort() >= 0 ? u.getPort() : "https".equals(u.getScheme()) ? 443 : 80;
  }

  private String registry() {
    return ref.registry();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** The registry's own error code and message (truncated, printable only), if it sent JSON. */
  private static String errorDetail(HttpResponse<InputStream> r) {
    try (InputStream body = r.body()) {
      byte[] bytes = body.readNBytes(8192);
      JsonNode doc = ImageJson.tree(bytes, "error");
      JsonNode first = doc.path("errors").path(0);
      String code = ImageJson.text(first, "code");
      String message = ImageJson.text(first, "message");
      if (code == null && message == null) {
        return "";
      }
      return ": " + safe((code == null ? "" : code + " ") + (message == null ? "" : message));
    } catch (IOException | InputException | RuntimeException e) {
      return "";
    }
  }

  private static String describe(Throwable e) {
    String m = e.getMessage();
    if (e instanceof ConnectException || (m != null && m.toLowerCase(Locale.ROOT).contains("refused"))) {
      return "connection refused";
    }
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + safe(m));
  }

  static String safe(String s) {
    if (s == null) {
      return "";
    }
    String t = s.replaceAll("[^\\x20-\\x7e]", "?");
    return t.length() > 200 ? t.substring(0, 200) + "…" : t;
  }

  private static void pause(int attempt, String retryAfter) {
    long millis = 250L << Math.min(attempt, 5);
    if (retryAfter != null && retryAfter.trim().matches("\\d{1,4}")) {
      millis = Math.min(10_000, Long.parseLong(retryAfter.trim()) * 1000);
    }
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // nothing to do
    }
  }
}
