package dev.harden.reach.elf;

import java.util.List;

/**
 * What the dynamic loader needs to know about one ELF file, read once: its class, byte order and
 * machine (a loader only takes libraries that match the object needing them), the program
 * interpreter, and the dynamic section's {@code DT_NEEDED}, {@code DT_RUNPATH}, {@code DT_RPATH}
 * and {@code DT_SONAME}. {@code namesDlopen} is true when the dynamic string table names
 * {@code dlopen}: the object may open libraries whose names are not in its dynamic section.
 *
 * @param bits 32 or 64
 * @param bigEndian byte order
 * @param machine {@code e_machine} (62 x86-64, 183 AArch64, 3 i386, 20 PowerPC, 22 S/390 ...)
 * @param type {@code e_type}: 2 executable, 3 shared object (PIE executables are 3 too)
 * @param interpreter {@code PT_INTERP}, or null for a static binary or a library
 * @param dynamic true when the file has a {@code PT_DYNAMIC} segment
 */
public record ElfSummary(
    int bits,
    boolean bigEndian,
    int machine,
    int type,
    String interpreter,
    boolean dynamic,
    List<String> needed,
    List<String> runpath,
    List<String> rpath,
    String soname,
    boolean namesDlopen) {

  public ElfSummary {
    needed = List.copyOf(needed);
    runpath = List.copyOf(runpath);
    rpath = List.copyOf(rpath);
  }

  /** True when a loader for {@code other} would accept this file as one of its libraries. */
  public boolean compatibleWith(ElfSummary other) {
    return bits == other.bits && bigEndian == other.bigEndian && machine == other.machine;
  }

  /** Statically linked: no interpreter and no dynamic section, so nothing else is loaded. */
  public boolean isStatic() {
    return interpreter == null && !dynamic;
  }
}
