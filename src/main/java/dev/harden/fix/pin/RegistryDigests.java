package dev.harden.fix.pin;

import dev.harden.image.ImageReference;
import dev.harden.image.registry.RegistryClient;
import dev.harden.image.registry.RegistryException;
import dev.harden.image.registry.RegistryOptions;
import dev.harden.io.InputException;
import java.util.HashMap;
import java.util.Map;

/**
 * Resolves tags at their registries with {@link RegistryClient#resolveDigest()}: the digest of the
 * manifest bytes as served (an index digest for a multi-platform tag), checked against the
 * registry's {@code Docker-Content-Digest}. Each answer, failure included, is kept for the run, so
 * a reference used by several stages or files is asked for once; once a registry is unreachable,
 * further references on it fail at once with the same reason instead of waiting for the retries
 * again.
 */
public final class RegistryDigests implements DigestResolver {

  private final RegistryOptions options;
  private final Map<String, Object> answers = new HashMap<>();
  private final Map<String, RegistryException.Unreachable> down = new HashMap<>();

  public RegistryDigests(RegistryOptions options) {
    this.options = options;
  }

  @Override
  public synchronized PinnedDigest resolve(ImageReference ref) throws InputException {
    String key = LockFile.key(ref);
    Object known = answers.get(key);
    if (known == null) {
      known = ask(ref);
      answers.put(key, known);
    }
    if (known instanceof InputException e) {
      throw e;
    }
    return (PinnedDigest) known;
  }

  private Object ask(ImageReference ref) {
    RegistryException.Unreachable unreachable = down.get(ref.registry());
    if (unreachable != null) {
      return new RegistryException.Unreachable(ref.registry(), "pull manifest "
          + ref.repository() + ":" + (ref.tag() == null ? "latest" : ref.tag())
          + ": not asked, the registry was unreachable earlier in this run ("
          + unreachable.getMessage() + ")", unreachable);
    }
    try {
      ImageReference byTag = new ImageReference(ref.registry(), ref.repository(),
          ref.tag() == null ? "latest" : ref.tag(), null);
      return new PinnedDigest(RegistryClient.create(byTag, options).resolveDigest(),
          ref.registry(), false);
    } catch (RegistryException.Unreachable e) {
      down.put(ref.registry(), e);
      return e;
    } catch (InputException e) {
      return e;
    }
  }
}
