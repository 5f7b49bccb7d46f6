package dev.harden.reach.elf;

/** An ELF file whose structure cannot be used (bad offsets, sizes or counts). */
public final class ElfFormatException extends Exception {

  private static final long serialVersionUID = 1L;

  public ElfFormatException(String message) {
    super(message);
  }
}
