package dev.harden.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The in-memory zip reader against the JDK's own on real archives (every jar on the test class
 * path, the jars, wars and eggs of the peers' fixtures), on zip64 and prefixed archives, and on
 * broken ones.
 */
class ZipArchiveTest {

  @TempDir Path tmp;

  /** Name to content, by the JDK's reader. */
  private static Map<String, byte[]> byJdk(Path file) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (ZipEntry e : Collections.list(zip.entries())) {
        if (!e.isDirectory() && !out.containsKey(e.getName())) {
          try (InputStream in = zip.getInputStream(e)) {
            out.put(e.getName(), in.readAllBytes());
          }
        }
      }
    }
    return out;
  }

  private static Map<String, byte[]> byOurs(byte[] bytes) throws IOException {
    ZipArchive zip = ZipArchive.read(bytes, 1_000_000);
    assertThat(zip.truncated()).isFalse();
    Map<String, byte[]> out = new TreeMap<>();
    for (ZipArchive.Entry e : zip.entries()) {
      if (!e.isDirectory() && !out.containsKey(e.name())) {
        try (InputStream in = zip.open(e)) {
          byte[] data = in.readAllBytes();
          assertThat(data.length).as(e.name()).isEqualTo(e.size());
          out.put(e.name(), data);
        }
      }
    }
    return out;
  }

  private static void assertSame(Map<String, byte[]> ours, Map<String, byte[]> jdk) {
    assertThat(ours.keySet()).containsExactlyElementsOf(jdk.keySet());
    for (String name : jdk.keySet()) {
      assertThat(Arrays.equals(ours.get(name), jdk.get(name))).as(name).isTrue();
    }
  }

  @Test
  void readsEveryRealArchiveAsTheJdkDoes() throws Exception {
    List<Path> archives = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      if (entry.endsWith(".jar")) {
        archives.add(Path.of(entry));
      }
    }
    try (Stream<Path> peers = Files.walk(Path.of("../shared/pkgdb"))) {
      peers.filter(p -> p.toString().matches(".*\\.(jar|war|ear|egg)$")).forEach(archives::add);
    }
    assertThat(archives).hasSizeGreaterThan(20);
    int entries = 0;
    for (Path archive : archives) {
      Map<String, byte[]> jdk = byJdk(archive);
      assertSame(byOurs(Files.readAllBytes(archive)), jdk);
      entries += jdk.size();
    }
    assertThat(entries).isGreaterThan(5_000);
  }

  @Test
  void readsZip64AndArchivesWithBytesBeforeThem() throws Exception {
    byte[] zip64 = write(Zip64Mode.Always);
    Map<String, byte[]> expected = byJdk(Files.write(tmp.resolve("z64.zip"), zip64));
    assertThat(expected).containsKeys("META-INF/MANIFEST.MF", "lib/big.bin", "stored.txt");
    assertSame(byOurs(zip64), expected);

    byte[] plain = write(Zip64Mode.Never);
    byte[] script = "#!/bin/sh\nexec java -jar \"$0\" \"$@\"\n".getBytes(StandardCharsets.UTF_8);
    byte[] prefixed = concat(script, plain);
    assertSame(byOurs(prefixed), byJdk(Files.write(tmp.resolve("prefixed.jar"), prefixed)));
    byte[] prefixed64 = concat(script, zip64);
    assertSame(byOurs(prefixed64), expected);
  }

  @Test
  void entriesComeInDataOrderAndAreBounded() throws Exception {
    ZipArchive zip = ZipArchive.read(write(Zip64Mode.Never), 2);
    assertThat(zip.truncated()).isTrue();
    assertThat(zip.entries()).hasSize(2);
    ZipArchive all = ZipArchive.read(write(Zip64Mode.Never), 100);
    assertThat(all.entries()).extracting(ZipArchive.Entry::name)
        .containsExactly("META-INF/", "META-INF/MANIFEST.MF", "lib/big.bin", "stored.txt");
    assertThat(all.entry("stored.txt")).isPresent();
    assertThat(all.entry("missing")).isEmpty();
  }

  @Test
  void brokenArchivesAreErrorsThatSayWhy() throws Exception {
    byte[] good = write(Zip64Mode.Never);
    assertThatThrownBy(() -> ZipArchive.read("not a zip at all".getBytes(), 10))
        .isInstanceOf(IOException.class).hasMessageContaining("no end of central directory");
    assertThatThrownBy(() -> ZipArchive.read(Arrays.copyOf(good, good.length - 30), 10))
        .isInstanceOf(IOException.class);
    // the central directory claims more bytes than come before its end record
    byte[] bigDirectory = good.clone();
    int eocd = good.length - 22;
    bigDirectory[eocd + 12] = (byte) 0xff;
    bigDirectory[eocd + 13] = (byte) 0xff;
    bigDirectory[eocd + 14] = (byte) 0x0f;
    assertThatThrownBy(() -> ZipArchive.read(bigDirectory, 10))
        .hasMessageContaining("does not fit");

    ZipArchive zip = ZipArchive.read(good, 10);
    ZipArchive.Entry big = zip.entry("lib/big.bin").orElseThrow();
    ZipArchive.Entry moved = new ZipArchive.Entry(big.name(), big.method(), big.flags(),
        big.compressedSize(), big.size(), good.length + 100L);
    assertThatThrownBy(() -> zip.open(moved)).hasMessageContaining("no local header");
    ZipArchive.Entry encrypted = new ZipArchive.Entry(big.name(), big.method(), 1,
        big.compressedSize(), big.size(), big.localHeaderOffset());
    assertThatThrownBy(() -> zip.open(encrypted)).hasMessageContaining("encrypted");
    ZipArchive.Entry bzip2 = new ZipArchive.Entry(big.name(), 12, 0, big.compressedSize(),
        big.size(), big.localHeaderOffset());
    assertThatThrownBy(() -> zip.open(bzip2)).hasMessageContaining("method 12 not supported");
    ZipArchive.Entry tooLong = new ZipArchive.Entry(big.name(), big.method(), 0,
        good.length, big.size(), big.localHeaderOffset());
    assertThatThrownBy(() -> zip.open(tooLong)).hasMessageContaining("past the end");
    ZipArchive.Entry cut = new ZipArchive.Entry(big.name(), big.method(), 0,
        big.compressedSize() / 2, big.size(), big.localHeaderOffset());
    assertThatThrownBy(() -> {
      try (InputStream in = zip.open(cut)) {
        in.readAllBytes();
      }
    }).isInstanceOf(IOException.class);
  }

  /** A small jar: a directory, a manifest, a compressible 1 MiB entry and a stored one. */
  private static byte[] write(Zip64Mode mode) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
      zip.setUseZip64(mode);
      zip.putArchiveEntry(new ZipArchiveEntry("META-INF/"));
      zip.closeArchiveEntry();
      zip.putArchiveEntry(new ZipArchiveEntry("META-INF/MANIFEST.MF"));
      zip.write("Manifest-Version: 1.0\r\n\r\n".getBytes(StandardCharsets.UTF_8));
      zip.closeArchiveEntry();
      zip.putArchiveEntry(new ZipArchiveEntry("lib/big.bin"));
      byte[] big = new byte[1 << 20];
      for (int i = 0; i < big.length; i++) {
        big[i] = (byte) (i % 251 ^ i >> 12);
      }
      zip.write(big);
      zip.closeArchiveEntry();
      ZipArchiveEntry stored = new ZipArchiveEntry("stored.txt");
      byte[] text = "kept as it is\n".getBytes(StandardCharsets.UTF_8);
      stored.setMethod(ZipArchiveEntry.STORED);
      stored.setSize(text.length);
      java.util.zip.CRC32 crc = new java.util.zip.CRC32();
      crc.update(text);
      stored.setCrc(crc.getValue());
      zip.putArchiveEntry(stored);
      zip.write(text);
      zip.closeArchiveEntry();
    }
    return out.toByteArray();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
