package dev.harden.lint.image.rules;

import static dev.harden.lint.image.rules.Img003PackageManagerTest.ELF;
import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.image.TarBuilder;
import dev.harden.image.TestImages;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Img005CompilerTest {

  @TempDir Path tmp;

  private final Img005Compiler rule = new Img005Compiler();

  @ParameterizedTest
  @ValueSource(strings = {"gcc", "gcc-12", "x86_64-linux-gnu-gcc-12", "cc", "g++", "c++",
      "clang", "clang-15", "clang++-15", "go", "rustc", "cargo", "javac", "make", "gmake",
      "aarch64-linux-musl-gcc"})
  void recognisesToolchainPrograms(String name) {
    assertThat(Img005Compiler.tool(name)).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"gcc-ar-12", "clang-format", "c++filt", "gofmt", "makeinfo",
      "cc-wrapper", "java", "cargo-clippy-x", "x86_64-linux-gnu-ld"})
  void ignoresOtherPrograms(String name) {
    assertThat(Img005Compiler.tool(name)).isNull();
  }

  @Test
  void catchesEachToolOnceWithAllItsNames() throws Exception {
    TestImages image = TestImages.image().layer(TarBuilder.layer()
        .file("/usr/bin/x86_64-linux-gnu-gcc-12", ELF, 0755)
        .symlink("/usr/bin/gcc-12", "x86_64-linux-gnu-gcc-12")
        .symlink("/usr/bin/gcc", "gcc-12")
        .file("/usr/bin/make", ELF, 0755)
        .file("/usr/lib/jvm/java-17-openjdk-amd64/bin/javac", ELF, 0755)
        .file("/usr/local/go/bin/go", ELF, 0755));
    assertThat(new ImageRuleTester(tmp).messages(rule, image)).containsExactlyInAnyOrder(
        "compiler gcc: /usr/bin/gcc -> /usr/bin/x86_64-linux-gnu-gcc-12, /usr/bin/gcc-12 ->"
            + " /usr/bin/x86_64-linux-gnu-gcc-12, /usr/bin/x86_64-linux-gnu-gcc-12",
        "build tool make: /usr/bin/make",
        "compiler javac: /usr/lib/jvm/java-17-openjdk-amd64/bin/javac",
        "Go toolchain go: /usr/local/go/bin/go");
  }

  @Test
  void passesARuntimeOnlyImage() throws Exception {
    // a JRE has java but no javac; a go *binary* built by go is not the toolchain
    TestImages image = TestImages.image().layer(TarBuilder.layer()
        .file("/usr/lib/jvm/java-17-openjdk-amd64/bin/java", ELF, 0755)
        .file("/app/server", ELF, 0755)
        .file("/usr/share/doc/make/copyright", "...")
        .symlink("/usr/bin/cc", "/etc/alternatives/cc"));
    assertThat(new ImageRuleTester(tmp).messages(rule, image)).isEmpty();
  }
}
