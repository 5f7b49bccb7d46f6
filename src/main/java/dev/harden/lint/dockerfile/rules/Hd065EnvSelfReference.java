package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.Env;
import dev.harden.dockerfile.KeyValue;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * {@code ENV A=1 B=$A}: every value of one ENV is substituted with what was set before the
 * instruction, so {@code $A} is not the {@code 1} set next to it. {@code ENV PATH=/x:$PATH} is
 * fine: it reads the earlier PATH, as intended.
 */
public final class Hd065EnvSelfReference implements DockerfileRule {

  public static final RuleMeta META =
      RuleMeta.of(
              "HD065",
              RuleKind.DOCKERFILE,
              "Do not use a variable in the ENV instruction that sets it")
          .severity(Severity.ERROR)
          .rationale(
              "All values of one ENV are substituted before any of them is set, so a reference to"
                  + " a variable set earlier in the same ENV gets its old value or nothing; split"
                  + " the ENV in two.")
          .aliases("DL3044")
          .fixable()
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    for (InstructionSite site : InstructionSite.all(ctx.dockerfile())) {
      if (!(site.effective() instanceof Env env) || env.legacy()) {
        continue;
      }
      char escape = ctx.dockerfile().escape();
      Set<String> setHere = new LinkedHashSet<>();
      for (KeyValue kv : env.pairs()) {
        for (String name : references(kv.value().raw(), escape)) {
          if (setHere.contains(name)) {
            out.report(
                ctx.at(site.written(), kv.span()),
                kv.name()
                    + "="
                    + kv.value().raw()
                    + " reads $"
                    + name
                    + ", which this same ENV"
                    + " sets: it gets the value from before this ENV; set "
                    + name
                    + " in an earlier ENV");
            break;
          }
        }
        setHere.add(kv.name());
      }
    }
  }

  /**
   * The variable names a word refers to ({@code $A}, {@code ${A}}, {@code ${A:-x}}), skipping
   * escaped dollars and single-quoted text.
   */
  public static Set<String> references(String raw, char escape) {
    Set<String> names = new LinkedHashSet<>();
    boolean single = false;
    boolean dbl = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == escape && !single) {
        i++;
      } else if (c == '"' && !single) {
        dbl = !dbl;
      } else if (c == '\'' && !dbl) {
        single = !single;
      } else if (c == '$' && !single && i + 1 < raw.length()) {
        int start = raw.charAt(i + 1) == '{' ? i + 2 : i + 1;
        int end = start;
        while (end < raw.length()
            && (Character.isLetterOrDigit(raw.charAt(end)) || raw.charAt(end) == '_')) {
          end++;
        }
        if (end > start) {
          names.add(raw.substring(start, end));
        }
        i = end - 1;
      }
    }
    return names;
  }
}
