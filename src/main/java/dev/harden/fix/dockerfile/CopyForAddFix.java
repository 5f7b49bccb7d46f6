package dev.harden.fix.dockerfile;

import dev.harden.dockerfile.Add;
import dev.harden.dockerfile.Instruction;
import dev.harden.dockerfile.SourceSpan;
import dev.harden.dockerfile.Word;
import dev.harden.fix.FixSafety;
import dev.harden.fix.TextEdit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * HD040: {@code ADD} of local files becomes {@code COPY}. Left alone when a source is a URL or a
 * git repository, looks like an archive ({@code ADD} unpacks tar archives, {@code COPY} does not),
 * is written with a variable (it could be either), or when {@code ADD}-only flags are used.
 */
final class CopyForAddFix implements DockerfileFix {

  private static final Pattern REMOTE =
      Pattern.compile("(?i)^(https?|git|ssh)://.*|^git@.*|.*\\.git(#.*)?$");
  private static final Pattern ARCHIVE = Pattern.compile(
      "(?i).*\\.(tar|tgz|tbz|tbz2|txz|tlz|tzst|taz|gz|bz2|xz|zst|lz|lzma|lz4|z)$");
  private static final Set<String> COPY_FLAGS = Set.of("chown", "chmod", "link", "exclude");

  @Override
  public String ruleId() {
    return "HD040";
  }

  @Override
  public void propose(FixContext context, FixSink out) {
    for (Instruction insn : context.dockerfile().instructions()) {
      if (!(insn.unwrapped() instanceof Add add) || !local(add)) {
        continue;
      }
      SourceSpan keyword = add.syntax().keywordSpan();
      String copy = add.syntax().keyword().equals("add") ? "copy"
          : add.syntax().keyword().equals("ADD") ? "COPY" : "Copy";
      out.add(context.fix(ruleId(), FixSafety.SAFE, insn, "use COPY instead of ADD for "
          + String.join(" ", add.sources().stream().map(Word::value).toList()),
          "the sources are local files, not URLs or archives, which COPY copies the same way",
          List.of(new TextEdit(keyword.startOffset(), keyword.endOffset(), copy))));
    }
  }

  private static boolean local(Add add) {
    if (add.flags().stream().anyMatch(f -> !COPY_FLAGS.contains(f.name()))) {
      return false;
    }
    for (Word source : add.sources()) {
      if (add.heredocSource(source).isPresent()) {
        continue;
      }
      String v = source.value();
      if (v.contains("$") || REMOTE.matcher(v).matches()
          || ARCHIVE.matcher(v.toLowerCase(Locale.ROOT)).matches()) {
        return false;
      }
    }
    return !add.sources().isEmpty();
  }
}
