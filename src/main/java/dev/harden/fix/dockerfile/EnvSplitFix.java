package dev.harden.fix.dockerfile;

import dev.harden.dockerfile.Env;
import dev.harden.dockerfile.Instruction;
import dev.harden.dockerfile.KeyValue;
import dev.harden.fix.FixSafety;
import dev.harden.fix.TextEdit;
import dev.harden.lint.dockerfile.rules.Hd065EnvSelfReference;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * HD065: {@code ENV A=1 B=$A} is split before the pair that reads a variable the same ENV sets:
 * {@code ENV A=1} and {@code ENV B=$A}, so {@code B} gets the value {@code A} is given there.
 * Suggested: that is what the line meant, but it is not what it did.
 */
final class EnvSplitFix implements DockerfileFix {

  @Override
  public String ruleId() {
    return "HD065";
  }

  @Override
  public void propose(FixContext context, FixSink out) {
    char escape = context.escape();
    for (Instruction insn : context.dockerfile().instructions()) {
      if (!(insn.unwrapped() instanceof Env env) || env.legacy()) {
        continue;
      }
      Set<String> setHere = new HashSet<>();
      List<KeyValue> pairs = env.pairs();
      for (int i = 0; i < pairs.size(); i++) {
        KeyValue kv = pairs.get(i);
        if (i > 0 && Hd065EnvSelfReference.references(kv.value().raw(), escape).stream()
            .anyMatch(setHere::contains)) {
          String keyword = insn == env ? context.keyword("ENV")
              : context.dockerfile().text(insn.syntax().keywordSpan()) + " "
                  + context.keyword("ENV");
          out.add(context.fix(ruleId(), FixSafety.SUGGESTED, insn, "start a new ENV at "
                  + kv.name() + " so it reads the value set just before",
              kv.name() + " now gets the value the same line sets, not the one from before it",
              List.of(new TextEdit(pairs.get(i - 1).span().endOffset(),
                  kv.span().startOffset(), context.newline() + keyword + " "))));
          break;
        }
        setHere.add(kv.name());
      }
    }
  }
}
