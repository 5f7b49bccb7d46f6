package dev.harden.catalog.golang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.catalog.CatalogContext;
import dev.harden.catalog.CatalogResult;
import dev.harden.catalog.GoModule;
import dev.harden.catalog.MemoryFileResolver;
import dev.harden.catalog.Pkg;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GoBinaryCatalogerTest {

  static final Path TESTDATA = Path.of("../shared/pkgdb/trivy/go/pkg/dependency/parser/golang/binary/testdata");

  static CatalogResult catalog(String path, byte[] bytes, int mode) throws Exception {
    return new GoBinaryCataloger().catalog(new MemoryFileResolver().file(path, bytes, mode, 1),
        CatalogContext.defaults());
  }

  @Test
  void inlineBuildInfoWithLdflagsVersion() throws Exception {
    CatalogResult r = catalog("/usr/local/bin/app",
        Files.readAllBytes(TESTDATA.resolve("main-version-via-ldflags.elf")), 0755);
    Map<String, Pkg> p = r.packages().stream().collect(Collectors.toMap(Pkg::name, x -> x));
    assertThat(p).containsOnlyKeys("github.com/aquasecurity/test", "stdlib");
    assertThat(p.get("github.com/aquasecurity/test").version()).isEqualTo("v1.0.0");
    assertThat(((GoModule) p.get("github.com/aquasecurity/test").metadata()).main()).isTrue();
    assertThat(p.get("stdlib").version()).isEqualTo("v1.22.1");
    assertThat(p.get("stdlib").purl().canonicalize()).isEqualTo("pkg:golang/stdlib@v1.22.1");
    assertThat(p.get("stdlib").layer()).isEqualTo(1);
    assertThat(r.relationships()).hasSize(1);
  }

  @Test
  void notExecutableOrNotElfIsSilentlyNotAGoBinary() throws Exception {
    byte[] elf = Files.readAllBytes(TESTDATA.resolve("goexperiment"));
    assertThat(catalog("/data/blob", elf, 0644).packages()).isEmpty();
    CatalogResult script = catalog("/usr/bin/run", "#!/bin/sh\necho hello from a script\n"
        .repeat(4).getBytes(), 0755);
    assertThat(script.packages()).isEmpty();
    assertThat(script.unknowns()).isEmpty();
  }

  @Test
  void truncatedElfIsAnUnknown() throws Exception {
    byte[] elf = Files.readAllBytes(TESTDATA.resolve("goexperiment"));
    byte[] cut = java.util.Arrays.copyOf(elf, 200);
    CatalogResult r = catalog("/usr/bin/cut", cut, 0755);
    assertThat(r.packages()).isEmpty();
    assertThat(r.unknowns()).hasSize(1);
  }

  /** The pre-Go-1.18 layout: two pointers to string headers, found by scanning the data segment. */
  @Test
  void pointerFormatBuildInfoWithReplacements() throws Exception {
    String sentinel = "0123456789abcdef";
    String modinfo = sentinel + "path\texample.com/cmd\nmod\texample.com/cmd\t(devel)\t\n"
        + "dep\tgolang.org/x/text\tv0.3.0\th1:text=\n=>\t../text\t\t\n"
        + "dep\tgithub.com/a/b\tv1.0.0\th1:ab=\n=>\tgithub.com/c/b\tv1.1.0\th1:cb=\n" + sentinel;
    byte[] elf = pointerFormatElf("go1.12.5", modinfo);
    CatalogResult r = catalog("/app/server", elf, 0755);
    assertThat(r.unknowns()).isEmpty();
    Map<String, Pkg> p = r.packages().stream().collect(Collectors.toMap(Pkg::name, x -> x));
    assertThat(p).containsOnlyKeys("golang.org/x/text", "github.com/a/b", "stdlib");
    assertThat(p.get("stdlib").version()).isEqualTo("v1.12.5");
    assertThat(p.get("github.com/a/b").version()).isEqualTo("v1.1.0");
    assertThat(((GoModule) p.get("github.com/a/b").metadata()).replacedBy())
        .isEqualTo("github.com/c/b v1.1.0");
    assertThat(p.get("golang.org/x/text").version()).isEqualTo("v0.3.0");
    assertThat(p.get("golang.org/x/text").purl().canonicalize())
        .isEqualTo("pkg:golang/golang.org/x/text@v0.3.0");
  }

  /** A minimal ELF64 little-endian image with one writable PT_LOAD and no section table. */
  static byte[] pointerFormatElf(String version, String modinfo) {
    long base = 0x400000;
    ByteBuffer b = ByteBuffer.allocate(0x1000).order(ByteOrder.LITTLE_ENDIAN);
    b.put(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1});
    b.putShort(16, (short) 2).putShort(18, (short) 62).putInt(20, 1);
    b.putLong(32, 64).putLong(40, 0);
    b.putShort(52, (short) 64).putShort(54, (short) 56).putShort(56, (short) 1);
    b.putShort(58, (short) 64).putShort(60, (short) 0).putShort(62, (short) 0);
    b.putInt(64, 1).putInt(68, 6).putLong(72, 0).putLong(80, base).putLong(88, base)
        .putLong(96, 0x1000).putLong(104, 0x1000).putLong(112, 0x1000);
    byte[] magic = "\u00ff Go buildinf:".getBytes(StandardCharsets.ISO_8859_1);
    b.put(0x100, magic);
    b.put(0x100 + 14, (byte) 8).put(0x100 + 15, (byte) 0);
    b.putLong(0x110, base + 0x200).putLong(0x118, base + 0x210);
    byte[] v = version.getBytes(StandardCharsets.UTF_8);
    byte[] m = modinfo.getBytes(StandardCharsets.UTF_8);
    b.putLong(0x200, base + 0x300).putLong(0x208, v.length);
    b.putLong(0x210, base + 0x400).putLong(0x218, m.length);
    b.put(0x300, v).put(0x400, m);
    return b.array();
  }
}
