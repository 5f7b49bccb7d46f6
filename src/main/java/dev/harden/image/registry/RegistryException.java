package dev.harden.image.registry;

import dev.harden.io.InputException;

/**
 * A registry could not give what was asked. The message names the registry and repository, never
 * credentials or tokens. Subclasses say why, so callers (digest pinning, image reads) can react.
 */
public class RegistryException extends InputException {

  private static final long serialVersionUID = 1L;

  public RegistryException(String registry, String message) {
    super(registry, message);
  }

  public RegistryException(String registry, String message, Throwable cause) {
    super(registry, message, cause);
  }

  /** 401/403 after authenticating, or credentials the registry refused. */
  public static final class Unauthorized extends RegistryException {
    private static final long serialVersionUID = 1L;

    public Unauthorized(String registry, String message) {
      super(registry, message);
    }
  }

  /** The tag, digest, blob or repository does not exist (404). */
  public static final class NotFound extends RegistryException {
    private static final long serialVersionUID = 1L;

    public NotFound(String registry, String message) {
      super(registry, message);
    }
  }

  /** No answer: connection refused, DNS failure, timeout, TLS failure. */
  public static final class Unreachable extends RegistryException {
    private static final long serialVersionUID = 1L;

    public Unreachable(String registry, String message, Throwable cause) {
      super(registry, message, cause);
    }
  }

  /**
   * An answer that must not be trusted or used: over a size cap, a digest that does not match the
   * bytes, too many redirects, plain HTTP where TLS is required, an unexpected status.
   */
  public static final class BadResponse extends RegistryException {
    private static final long serialVersionUID = 1L;

    public BadResponse(String registry, String message) {
      super(registry, message);
    }
  }
}
