package dev.harden.fix.pin;

import dev.harden.io.Digest;

/**
 * The digest a tag is pinned to.
 *
 * @param digest the manifest digest (for a multi-platform tag, the index digest)
 * @param source where it came from: the lock file's path or the registry's host
 * @param fromLock true when it was read from a lock file (no network was used)
 */
public record PinnedDigest(Digest digest, String source, boolean fromLock) {}
