package dev.harden.image;

import dev.harden.io.BoundedInputStream;
import dev.harden.io.DigestingInputStream;
import dev.harden.io.InputException;
import dev.harden.io.LimitExceededException;
import java.io.IOException;
import java.io.InputStream;

/** Verified reads of blobs: bounded by the descriptor's size and checked against its digest. */
public final class Blobs {

  private Blobs() {}

  /**
   * A stream of the blob that fails past the declared size and, at its end, when the digest does
   * not match. A short blob fails the digest check.
   */
  public static InputStream verified(BlobFetcher fetcher, Descriptor d, String source)
      throws IOException {
    return DigestingInputStream.verifying(
        new BoundedInputStream(fetcher.open(d), d.size(), source + ": blob " + d.digest()
            + " (declared size " + d.size() + ")"), d.digest(), source + ": blob " + d.digest());
  }

  /**
   * Reads a small blob (manifest, config) whole, refusing it above {@code limit} bytes before any
   * byte is read when the descriptor already says so.
   */
  public static byte[] readSmall(BlobFetcher fetcher, Descriptor d, long limit, String limitName,
      String source) throws InputException {
    if (d.size() > limit) {
      throw new InputException(source, "blob " + d.digest() + " is " + d.size()
          + " bytes, more than the " + limit + " allowed (limit " + limitName + ")");
    }
    try (InputStream in = verified(fetcher, d, source)) {
      byte[] bytes = in.readAllBytes();
      if (bytes.length != d.size()) {
        throw new InputException(source, "blob " + d.digest() + " has " + bytes.length
            + " bytes, the descriptor says " + d.size());
      }
      return bytes;
    } catch (LimitExceededException e) {
      throw new InputException(source, e.getMessage(), e);
    } catch (java.nio.file.NoSuchFileException | java.io.FileNotFoundException e) {
      throw new InputException(source, "blob " + d.digest() + " is missing", e);
    } catch (IOException e) {
      throw new InputException(source, e.getMessage(), e);
    }
  }
}
