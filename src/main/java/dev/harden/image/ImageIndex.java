package dev.harden.image;

import dev.harden.io.Digest;
import dev.harden.io.InputException;
import java.io.IOException;

/** An image index (or manifest list), read-only: pick a child image or nested index by digest. */
public interface ImageIndex {

  Digest digest();

  IndexManifest manifest();

  /** The image a child descriptor names. */
  Image image(Descriptor child) throws InputException, IOException;

  /** The nested index a child descriptor names. */
  ImageIndex index(Descriptor child) throws InputException, IOException;
}
