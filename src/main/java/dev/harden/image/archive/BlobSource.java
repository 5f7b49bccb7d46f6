package dev.harden.image.archive;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.OptionalLong;

/**
 * Named files of an image container: the entries of a tar archive or the files of a directory.
 * Names are relative ({@code blobs/sha256/…}, {@code manifest.json}); symlinked entries of legacy
 * docker-archives are followed inside the container, never outside it.
 */
interface BlobSource extends Closeable {

  /** Size of the named file, empty when it does not exist. */
  OptionalLong size(String name) throws IOException;

  /** The named file's bytes; {@link java.nio.file.NoSuchFileException} when absent. */
  InputStream open(String name) throws IOException;

  /** Names the container for messages: {@code image.tar} or {@code image.tar: manifest.json}. */
  String describe(String name);
}
