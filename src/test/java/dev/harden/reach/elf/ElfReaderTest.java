package dev.harden.reach.elf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The ELF reader on objects made by real toolchains for the four layouts (GNU binutils: the
 * host's for x86-64 and i386, Debian's cross binutils for 32-bit big-endian PowerPC and 64-bit
 * big-endian s390x), checked against what the test linked in and against {@code readelf}; and
 * on damaged copies of them.
 */
class ElfReaderTest {

  @TempDir Path dir;

  /** Assembles and links {@code libneeded.so}, {@code libx.so} and an executable. */
  private Path[] build(String prefix, String asFlag, String emulation, String asm)
      throws Exception {
    String as = prefix + "as";
    String ld = prefix + "ld";
    boolean present = onPath(as) && onPath(ld);
    if (!present) {
      System.err.println("SKIPPED: ElfReaderTest " + emulation + ": " + as + "/" + ld
          + " not installed (.ci/install-packages installs the cross binutils)");
    }
    Assumptions.assumeTrue(present, as);
    Path src = Files.writeString(dir.resolve("a.s"), asm);
    List<String> asCmd = new ArrayList<>(List.of(as));
    if (!asFlag.isEmpty()) {
      asCmd.add(asFlag);
    }
    asCmd.addAll(List.of("-o", dir.resolve("a.o").toString(), src.toString()));
    run(asCmd);
    Path needed = dir.resolve("libneeded.so");
    run(List.of(ld, "-m", emulation, "-shared", "-soname", "libneeded.so.2", "-o",
        needed.toString(), dir.resolve("a.o").toString()));
    Path lib = dir.resolve("libx.so");
    run(List.of(ld, "-m", emulation, "-shared", "-soname", "libx.so.1", "--enable-new-dtags",
        "-rpath", "$ORIGIN/../lib:/opt/x", "-o", lib.toString(), dir.resolve("a.o").toString(),
        needed.toString()));
    Path exe = dir.resolve("exe");
    run(List.of(ld, "-m", emulation, "-e", "f", "-dynamic-linker", "/lib/ld-test.so.1",
        "--disable-new-dtags", "-rpath", "/opt/r", "--unresolved-symbols=ignore-all", "-o",
        exe.toString(),
        dir.resolve("a.o").toString(), needed.toString()));
    return new Path[] {lib, exe};
  }

  @ParameterizedTest
  @CsvSource({
    "x86_64-linux-gnu-, --64, elf_x86_64, 64, false, 62",
    "x86_64-linux-gnu-, --32, elf_i386, 32, false, 3",
    "powerpc-linux-gnu-, '', elf32ppclinux, 32, true, 20",
    "s390x-linux-gnu-, '', elf64_s390, 64, true, 22"
  })
  void readsClassByteOrderMachineAndTheDynamicSection(String prefix, String asFlag,
      String emulation, int bits, boolean bigEndian, int machine) throws Exception {
    Path[] built = build(prefix, asFlag, emulation, ".globl f\n.text\nf:\n nop\n");
    ElfSummary lib = ElfReader.read(ByteSource.of(Files.readAllBytes(built[0])));
    assertThat(lib.bits()).isEqualTo(bits);
    assertThat(lib.bigEndian()).isEqualTo(bigEndian);
    assertThat(lib.machine()).isEqualTo(machine);
    assertThat(lib.type()).isEqualTo(3);
    assertThat(lib.interpreter()).isNull();
    assertThat(lib.dynamic()).isTrue();
    assertThat(lib.needed()).containsExactly("libneeded.so.2");
    assertThat(lib.soname()).isEqualTo("libx.so.1");
    assertThat(lib.runpath()).containsExactly("$ORIGIN/../lib", "/opt/x");
    assertThat(lib.rpath()).isEmpty();
    assertThat(lib.namesDlopen()).isFalse();
    assertThat(readelfNeeded(built[0])).isEqualTo(lib.needed()); // binutils' own reading

    // the executable, read from a stream the way image files come
    byte[] exeBytes = Files.readAllBytes(built[1]);
    ElfSummary exe;
    try (ByteSource.Streamed s = ByteSource.streamed(exeBytes.length,
        () -> new ByteArrayInputStream(exeBytes))) {
      exe = ElfReader.read(s);
    }
    assertThat(exe.type()).isEqualTo(2);
    assertThat(exe.interpreter()).isEqualTo("/lib/ld-test.so.1");
    assertThat(exe.needed()).containsExactly("libneeded.so.2");
    assertThat(exe.rpath()).containsExactly("/opt/r");
    assertThat(exe.runpath()).isEmpty();
    assertThat(exe.isStatic()).isFalse();
    assertThat(exe.compatibleWith(lib)).isTrue();
  }

  @Test
  void aLibraryThatCallsDlopenSaysSo() throws Exception {
    Path[] built = build("x86_64-linux-gnu-", "--64", "elf_x86_64",
        ".globl f\n.text\nf:\n call dlopen@PLT\n ret\n");
    assertThat(ElfReader.read(ByteSource.of(Files.readAllBytes(built[0]))).namesDlopen())
        .isTrue();
  }

  @Test
  void damagedFilesAreFormatErrorsNeverCrashesOrHugeReads() throws Exception {
    Path[] built = build("x86_64-linux-gnu-", "--64", "elf_x86_64", ".globl f\n.text\nf:\n nop\n");
    byte[] good = Files.readAllBytes(built[0]);
    assertThat(ElfReader.isElf(good)).isTrue();
    assertThat(ElfReader.isElf("#!/bin/sh\n".getBytes(StandardCharsets.US_ASCII))).isFalse();
    // cut short: the program headers or the dynamic section are missing
    for (int cut : new int[] {16, 63, 100, good.length / 2}) {
      byte[] shortCopy = Arrays.copyOf(good, cut);
      assertThatThrownBy(() -> ElfReader.read(ByteSource.of(shortCopy)))
          .as("cut at " + cut).isInstanceOfAny(ElfFormatException.class,
              java.io.IOException.class);
    }
    // e_phoff far past the end, e_phnum at its maximum
    byte[] lying = good.clone();
    ByteBuffer b = ByteBuffer.wrap(lying).order(ByteOrder.LITTLE_ENDIAN);
    b.putLong(32, Long.MAX_VALUE - 8);
    b.putShort(56, (short) 0xffff);
    assertThatThrownBy(() -> ElfReader.read(ByteSource.of(lying)))
        .isInstanceOfAny(ElfFormatException.class, java.io.IOException.class);
    // an unknown class byte
    byte[] badClass = good.clone();
    badClass[4] = 7;
    assertThatThrownBy(() -> ElfReader.read(ByteSource.of(badClass)))
        .isInstanceOf(ElfFormatException.class);
  }

  private List<String> readelfNeeded(Path file) throws Exception {
    Process p = new ProcessBuilder("x86_64-linux-gnu-readelf", "-d", file.toString()).redirectErrorStream(true)
        .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(30, TimeUnit.SECONDS);
    List<String> needed = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (line.contains("(NEEDED)")) {
        needed.add(line.substring(line.indexOf('[') + 1, line.lastIndexOf(']')));
      }
    }
    return needed;
  }

  private static boolean onPath(String program) {
    for (String d : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
      if (Files.isExecutable(Path.of(d, program))) {
        return true;
      }
    }
    return false;
  }

  private void run(List<String> cmd) throws Exception {
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(String.join(" ", cmd) + ": " + out).isZero();
  }
}
