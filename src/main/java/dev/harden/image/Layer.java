package dev.harden.image;

import dev.harden.io.Digest;
import java.io.IOException;
import java.io.InputStream;

/**
 * One layer of an image, read-only. Streams verify themselves: reading {@link #compressed()} to its
 * end throws {@link dev.harden.io.DigestMismatchException} when the bytes do not match
 * {@link #digest()}; the layered tree checks {@link #diffId()} on the decompressed bytes.
 */
public interface Layer {

  /** Digest of the stored (usually compressed) blob. */
  Digest digest();

  /** Digest of the uncompressed tar ({@code rootfs.diff_ids} entry of the config). */
  Digest diffId();

  /** The stored bytes, bounded by {@link #size()} and checked against {@link #digest()}. */
  InputStream compressed() throws IOException;

  /** Size of the stored blob in bytes. */
  long size();

  /** Media type from the manifest (the compression actually used is told from the bytes). */
  String mediaType();
}
