package dev.harden.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The hand-written header parser on tars that commons-compress writes in each of its modes, and on
 * hand-made headers it will not write (sparse, a broken checksum, truncation).
 */
class SafeTarReaderTest {

  private static final String LONG = "usr/share/doc/" + "a-very-long-directory-name/".repeat(8)
      + "copyright";

  @Test
  void longNamesAndLinksInGnuAndPaxForms() throws IOException {
    for (int mode : new int[] {TarArchiveOutputStream.LONGFILE_GNU,
        TarArchiveOutputStream.LONGFILE_POSIX}) {
      byte[] tar = tar(out -> {
        out.setLongFileMode(mode);
        file(out, LONG, "text");
        TarArchiveEntry link = new TarArchiveEntry("usr/bin/x", TarArchiveEntry.LF_SYMLINK);
        link.setLinkName("../" + LONG);
        out.putArchiveEntry(link);
        out.closeArchiveEntry();
      });
      List<TarEntry> entries = read(tar, true);
      assertThat(entries).extracting(TarEntry::path).containsExactly("/" + LONG, "/usr/bin/x");
      assertThat(entries.get(1).linkTarget()).isEqualTo("../" + LONG);
      assertThat(entries.get(0).size()).isEqualTo(4);
    }
  }

  @Test
  void ustarPrefixJoinsTheName() throws IOException {
    String prefix = "opt/" + "d".repeat(120);
    byte[] h = header("file.txt", '0', 0);
    put(h, 257, "ustar\0" + "00");
    put(h, 345, prefix);
    checksum(h);
    byte[] gnu = header("plain.txt", '0', 0);
    put(gnu, 257, "ustar  \0");
    put(gnu, 345, "not-a-prefix");
    checksum(gnu);
    assertThat(read(concat(h, gnu), true)).extracting(TarEntry::path)
        .containsExactly("/" + prefix + "/file.txt", "/plain.txt");
  }

  @Test
  void bigNumbersInPaxAndBase256() throws IOException {
    for (int mode : new int[] {TarArchiveOutputStream.BIGNUMBER_POSIX,
        TarArchiveOutputStream.BIGNUMBER_STAR}) {
      byte[] tar = tar(out -> {
        out.setBigNumberMode(mode);
        TarArchiveEntry e = new TarArchiveEntry("etc/owned");
        e.setSize(3);
        e.setUserId(3_000_000_000L);
        e.setGroupId(70_000_000);
        e.setMode(04755);
        out.putArchiveEntry(e);
        out.write("abc".getBytes(StandardCharsets.US_ASCII));
        out.closeArchiveEntry();
      });
      TarEntry e = read(tar, true).get(0);
      assertThat(e.uid()).as("clamped to int").isEqualTo(Integer.MAX_VALUE);
      assertThat(e.gid()).isEqualTo(70_000_000);
      assertThat(e.mode()).isEqualTo(04755);
      assertThat(e.size()).isEqualTo(3);
    }
  }

  @Test
  void globalPaxRecordsApplyToLaterEntries() throws IOException {
    byte[] record = "12 uid=4242\n".getBytes(StandardCharsets.US_ASCII);
    byte[] tar = concat(header("pax_global_header", 'g', record.length),
        Arrays.copyOf(record, 512), tar(out -> {
          file(out, "a", "1");
          file(out, "b", "2");
        }));
    assertThat(read(tar, true)).extracting(TarEntry::uid).containsExactly(4242, 4242);
  }

  @Test
  void contentIsReadExactlyAndSkippedWhenUnread() throws IOException {
    byte[] tar = tar(out -> {
      file(out, "one", "x".repeat(1000));
      file(out, "two", "second");
    });
    for (boolean readSkipped : new boolean[] {true, false}) {
      try (SafeTarReader r = reader(tar, readSkipped)) {
        assertThat(r.next().path()).isEqualTo("/one"); // content left unread
        assertThat(r.next().path()).isEqualTo("/two");
        assertThat(new String(r.content().readAllBytes(), StandardCharsets.US_ASCII))
            .isEqualTo("second");
        assertThat(r.next()).isNull();
      }
    }
  }

  @Test
  void sparseAndUnknownTypesAreUnsupportedEntries() throws IOException {
    byte[] tar = concat(header("holes", 'S', 0), header("label", 'V', 0), new byte[1024]);
    List<TarEntry> entries = read(tar, true);
    assertThat(entries).extracting(TarEntry::kind)
        .containsExactly(TarEntry.Kind.OTHER, TarEntry.Kind.OTHER);
    assertThat(entries.get(0).problem()).contains("sparse");
    assertThat(entries.get(1).problem()).contains("'V'");
    assertThat(entries).noneMatch(TarEntry::usable);
  }

  @Test
  void aBrokenChecksumOrATruncatedTarIsAnError() {
    byte[] bad = header("x", '0', 0);
    bad[0] = 'y';
    assertThatThrownBy(() -> read(bad, true)).isInstanceOf(IOException.class)
        .hasMessageContaining("t.tar").hasMessageContaining("checksum");
    byte[] cut = Arrays.copyOf(concat(header("x", '0', 100), new byte[512]), 560);
    assertThatThrownBy(() -> {
      try (SafeTarReader r = reader(cut, true)) {
        r.next();
        r.content().readAllBytes();
        r.next();
      }
    }).isInstanceOf(IOException.class).hasMessageContaining("truncated");
  }

  @Test
  void longNameHeadersAreCapped() {
    byte[] huge = concat(header("././@LongLink", 'L', SafeTarReader.MAX_HEADER_BYTES + 1),
        new byte[4096]);
    assertThatThrownBy(() -> read(huge, true)).isInstanceOf(LimitExceededException.class)
        .hasMessageContaining("PAX records or long names");
  }

  // ---------------------------------------------------------------- helpers

  private interface Writer {
    void write(TarArchiveOutputStream out) throws IOException;
  }

  private static byte[] tar(Writer w) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream out = new TarArchiveOutputStream(bytes)) {
      w.write(out);
    }
    return bytes.toByteArray();
  }

  private static void file(TarArchiveOutputStream out, String name, String text)
      throws IOException {
    byte[] b = text.getBytes(StandardCharsets.US_ASCII);
    TarArchiveEntry e = new TarArchiveEntry(name);
    e.setSize(b.length);
    out.putArchiveEntry(e);
    out.write(b);
    out.closeArchiveEntry();
  }

  /** A v7-style header with a valid checksum. */
  private static byte[] header(String name, char type, long size) {
    byte[] h = new byte[512];
    byte[] n = name.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(n, 0, h, 0, n.length);
    put(h, 100, "0000644");
    put(h, 108, "0000000");
    put(h, 116, "0000000");
    put(h, 124, String.format("%011o", size));
    put(h, 136, "00000000000");
    h[156] = (byte) type;
    checksum(h);
    return h;
  }

  private static void checksum(byte[] h) {
    Arrays.fill(h, 148, 156, (byte) ' ');
    long sum = 0;
    for (byte b : h) {
      sum += b & 0xff;
    }
    put(h, 148, String.format("%06o", sum));
    h[154] = 0;
  }

  private static void put(byte[] h, int at, String s) {
    byte[] b = s.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(b, 0, h, at, b.length);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static SafeTarReader reader(byte[] tar, boolean readSkipped) {
    return new SafeTarReader(new ByteArrayInputStream(tar), Budget.ofCount(1000, "maxEntries"),
        4096, "t.tar", readSkipped);
  }

  private static List<TarEntry> read(byte[] tar, boolean readSkipped) throws IOException {
    List<TarEntry> out = new ArrayList<>();
    try (SafeTarReader r = reader(tar, readSkipped)) {
      for (TarEntry e = r.next(); e != null; e = r.next()) {
        out.add(e);
      }
    }
    return out;
  }
}
