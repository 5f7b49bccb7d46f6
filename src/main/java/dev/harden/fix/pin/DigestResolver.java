package dev.harden.fix.pin;

import dev.harden.image.ImageReference;
import dev.harden.io.InputException;

/** Where the digest a tag should be pinned to comes from: a lock file, a registry, or both. */
public interface DigestResolver {

  /**
   * The digest {@code ref} (a reference by tag) points to, and where that answer came from.
   *
   * @throws InputException naming the registry or lock file when there is no answer: unreachable,
   *     not found, refused credentials, an answer that failed verification, or offline without a
   *     lock entry
   */
  PinnedDigest resolve(ImageReference ref) throws InputException;

  /** A resolver that never answers: pinning offline without a lock file. */
  DigestResolver OFFLINE = ref -> {
    throw new InputException(ref.registry(), "offline: " + LockFile.key(ref)
        + " is not in the lock file");
  };
}
