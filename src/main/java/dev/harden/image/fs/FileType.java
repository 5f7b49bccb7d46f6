package dev.harden.image.fs;

/** The kinds of entry a layer tar (or a root filesystem directory) can hold. */
public enum FileType {
  REGULAR,
  DIRECTORY,
  SYMLINK,
  HARDLINK,
  CHAR_DEVICE,
  BLOCK_DEVICE,
  FIFO
}
