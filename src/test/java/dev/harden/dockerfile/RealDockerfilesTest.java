package dev.harden.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.dockerfile.shell.Nesting;
import dev.harden.dockerfile.shell.ShellWord;
import dev.harden.dockerfile.shell.SimpleCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real Dockerfile of the shared corpus parses, and every span the parser hands out covers
 * exactly the text it claims to (the invariant the fixer relies on).
 */
class RealDockerfilesTest {

  static Stream<Path> corpus() throws IOException {
    return Files.list(Path.of("../shared/corpus/real-dockerfiles")).sorted();
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void parsesWithExactSpans(Path file) throws Exception {
    Dockerfile df = DockerfileParser.parse(file);

    assertThat(df.stages()).isNotEmpty();
    assertThat(df.instructions()).isNotEmpty();
    for (Instruction insn : df.instructions()) {
      checkInstruction(df, insn);
    }
  }

  private static void checkInstruction(Dockerfile df, Instruction insn) {
    Syntax s = insn.syntax();
    assertThat(df.text(s.keywordSpan())).isEqualTo(s.keyword());
    assertThat(df.text(s.span())).isEqualTo(s.text()).startsWith(s.keyword());
    for (Flag f : s.flags()) {
      assertSameText(df, f.raw(), f.span());
    }
    for (Word w : words(insn)) {
      assertSameText(df, w.raw(), w.span());
    }
    for (Heredoc h : s.heredocs()) {
      assertThat(df.text(h.body())).isEqualTo(h.content());
      assertThat(df.text(h.terminator()).strip()).isEqualTo(h.name());
    }
    if (insn instanceof Run run) {
      for (SimpleCommand c : run.script().commands()) {
        if (run.script().nesting(c).contains(Nesting.INLINE_SCRIPT)) {
          continue; // words of `sh -c "..."` are spelled as the nested shell sees them
        }
        for (ShellWord w : c.words()) {
          if (!w.raw().contains("\n")) {
            assertSameText(df, w.raw(), df.span(w.start(), w.end()));
          }
        }
      }
    }
    if (insn instanceof Onbuild ob) {
      checkInstruction(df, ob.trigger());
    }
  }

  /** A word that does not straddle a line continuation reads back exactly from its span. */
  private static void assertSameText(Dockerfile df, String raw, SourceSpan span) {
    if (span.start().line() == span.end().line()) {
      assertThat(df.text(span)).as("span %s", span).isEqualTo(raw);
    } else {
      assertThat(df.text(span)).as("span %s", span).startsWith(raw.substring(0, 1));
    }
  }

  static List<Word> words(Instruction insn) {
    List<Word> words = new ArrayList<>();
    if (insn instanceof From f) {
      words.add(f.image());
      f.stageName().ifPresent(words::add);
    } else if (insn instanceof Copy c) {
      words.addAll(c.sources());
      words.add(c.destination());
    } else if (insn instanceof Add a) {
      words.addAll(a.sources());
      words.add(a.destination());
    } else if (insn instanceof Env e) {
      e.pairs().forEach(kv -> words.addAll(List.of(kv.key(), kv.value())));
    } else if (insn instanceof Label l) {
      l.pairs().forEach(kv -> words.addAll(List.of(kv.key(), kv.value())));
    } else if (insn instanceof Arg a) {
      a.declarations()
          .forEach(
              d -> {
                words.add(d.name());
                d.defaultValue().ifPresent(words::add);
              });
    } else if (insn instanceof Expose e) {
      words.addAll(e.ports());
    } else if (insn instanceof User u) {
      words.add(u.user());
    } else if (insn instanceof Workdir w) {
      words.add(w.path());
    } else if (insn instanceof Volume v) {
      words.addAll(v.paths());
    } else if (insn instanceof Shell sh) {
      words.addAll(sh.arguments());
    } else if (insn instanceof Cmd c && c.command() instanceof ExecForm e) {
      words.addAll(e.arguments());
    } else if (insn instanceof Entrypoint c && c.command() instanceof ExecForm e) {
      words.addAll(e.arguments());
    }
    return words;
  }
}
