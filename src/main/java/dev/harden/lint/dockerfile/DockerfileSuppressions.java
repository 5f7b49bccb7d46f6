package dev.harden.lint.dockerfile;

import dev.harden.dockerfile.Comment;
import dev.harden.dockerfile.Dockerfile;
import dev.harden.dockerfile.Instruction;
import dev.harden.lint.Location;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Suppressions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inline suppressions: {@code # harden ignore=HD001,HD002} on the comment lines directly above an
 * instruction silences those rules for that instruction; {@code # harden global ignore=HD001}
 * anywhere silences them for the whole file. hadolint's {@code # hadolint ignore=DL3008} and
 * {@code # hadolint global ignore=...} are honoured through rule aliases, so files migrating from
 * hadolint keep working.
 */
public final class DockerfileSuppressions implements Suppressions {

  private static final Pattern PRAGMA =
      Pattern.compile("^(harden|hadolint)\\s*:?\\s*(global\\s+)?ignore\\s*=\\s*([A-Za-z0-9_,\\s-]+)$");

  private final Map<Integer, List<String>> byLine = new HashMap<>();
  private final List<String> global = new ArrayList<>();

  public DockerfileSuppressions(Dockerfile dockerfile) {
    for (Comment c : dockerfile.comments()) {
      Matcher m = PRAGMA.matcher(c.text().trim().toLowerCase(Locale.ROOT));
      if (m.matches() && m.group(2) != null) {
        global.addAll(ids(m.group(3)));
      }
    }
    for (Instruction insn : dockerfile.instructions()) {
      List<String> ids = new ArrayList<>();
      for (Comment c : dockerfile.commentsAbove(insn)) {
        Matcher m = PRAGMA.matcher(c.text().trim().toLowerCase(Locale.ROOT));
        if (m.matches() && m.group(2) == null) {
          ids.addAll(ids(m.group(3)));
        }
      }
      if (!ids.isEmpty()) {
        // a finding anywhere inside the instruction (continuation lines, heredocs) is covered
        for (int line = insn.line(); line <= insn.fullSpan().end().line(); line++) {
          byLine.computeIfAbsent(line, k -> new ArrayList<>()).addAll(ids);
        }
      }
    }
  }

  private static List<String> ids(String list) {
    List<String> out = new ArrayList<>();
    for (String id : list.split("[,\\s]+")) {
      if (!id.isBlank()) {
        out.add(id.trim());
      }
    }
    return out;
  }

  @Override
  public boolean suppresses(RuleMeta rule, Location location) {
    for (String id : global) {
      if (rule.answersTo(id)) {
        return true;
      }
    }
    for (String id : byLine.getOrDefault(location.line(), List.of())) {
      if (rule.answersTo(id)) {
        return true;
      }
    }
    return false;
  }
}
