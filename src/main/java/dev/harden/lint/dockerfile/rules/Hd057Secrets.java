package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.Add;
import dev.harden.dockerfile.Arg;
import dev.harden.dockerfile.ArgDeclaration;
import dev.harden.dockerfile.Copy;
import dev.harden.dockerfile.Dockerfile;
import dev.harden.dockerfile.Env;
import dev.harden.dockerfile.Expansion;
import dev.harden.dockerfile.Instruction;
import dev.harden.dockerfile.KeyValue;
import dev.harden.dockerfile.Run;
import dev.harden.dockerfile.Scope;
import dev.harden.dockerfile.SourceSpan;
import dev.harden.dockerfile.Stage;
import dev.harden.dockerfile.Variable;
import dev.harden.dockerfile.Word;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;
import java.util.List;
import java.util.Optional;

/**
 * Secrets that end up in the image or its history: token- and key-shaped values anywhere in the
 * file; in the stages that make the final image, ENV with a credential name and a real value (or
 * the value of a build argument), ARG with a credential name that has a default or is followed by a
 * RUN (BuildKit records the build arguments of every RUN in the image history), and COPY/ADD of
 * private keys, .env and credential files. An ARG that no RUN of the image follows never reaches
 * the image and passes; so do placeholders, paths ({@code *_FILE}) and public key material such as
 * the {@code GPG_KEY} fingerprints of the official images.
 */
public final class Hd057Secrets implements DockerfileRule {

  public static final RuleMeta META =
      RuleMeta.of("HD057", RuleKind.DOCKERFILE, "Keep secrets out of ENV, ARG and COPY")
          .severity(Severity.ERROR)
          .rationale(
              "ENV values live in the image configuration, build arguments in the history of"
                  + " every RUN after them, copied files in a layer: anyone who can pull the image"
                  + " reads them. Use RUN --mount=type=secret at build time and inject secrets at"
                  + " run time.")
          .aliases("DL3064", "DS-0031", "DS031")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    Dockerfile df = ctx.dockerfile();
    for (Instruction insn : df.instructions()) {
      SourceSpan span = insn.fullSpan();
      for (SecretPatterns.Match m : SecretPatterns.values(df.text(span))) {
        int start = span.startOffset() + m.start();
        out.report(
            ctx.at(insn, df.span(start, span.startOffset() + m.end())),
            insn.keyword()
                + " contains what looks like "
                + m.kind()
                + ": it stays in the image history and in source control; pass it as a build"
                + " secret (RUN --mount=type=secret) or at run time");
      }
    }
    for (Stage stage : ctx.imageChain()) {
      List<Instruction> insns = stage.instructions();
      for (int i = 0; i < insns.size(); i++) {
        Instruction insn = insns.get(i);
        Scope scope = stage.scopeAt(insn);
        if (insn instanceof Env env) {
          checkEnv(ctx, out, env, scope);
        } else if (insn instanceof Arg arg) {
          checkArg(ctx, out, arg, insns.subList(i + 1, insns.size()));
        } else if (insn instanceof Copy copy) {
          checkFiles(ctx, out, insn, copy.sources(), scope);
        } else if (insn instanceof Add add) {
          checkFiles(ctx, out, insn, add.sources(), scope);
        }
      }
    }
  }

  private static void checkEnv(DockerfileContext ctx, FindingSink out, Env env, Scope scope) {
    for (KeyValue kv : env.pairs()) {
      if (!SecretPatterns.isSecretName(kv.name()) || kv.value().raw().isEmpty()) {
        continue;
      }
      Expansion e = scope.expand(kv.value());
      if (e.isComplete() && SecretPatterns.isSecretValue(e.value())) {
        out.report(
            ctx.at(env, kv.span()),
            "ENV "
                + kv.name()
                + " sets a credential in the image configuration, where anyone"
                + " who pulls the image can read it; inject it at run time");
        continue;
      }
      for (String name : e.unresolved()) {
        Optional<Variable> v = scope.variable(name);
        if (v.isPresent() && v.get().kind() == Variable.Kind.ARG) {
          out.report(
              ctx.at(env, kv.span()),
              "ENV "
                  + kv.name()
                  + " copies the build argument "
                  + name
                  + " into the image"
                  + " configuration, where anyone who pulls the image can read it");
          break;
        }
      }
    }
  }

  private static void checkArg(
      DockerfileContext ctx, FindingSink out, Arg arg, List<Instruction> after) {
    for (ArgDeclaration d : arg.declarations()) {
      if (!SecretPatterns.isSecretName(d.key())) {
        continue;
      }
      Optional<String> value =
          d.defaultValue().map(Word::value).or(() -> globalDefault(ctx.dockerfile(), d.key()));
      if (value.isPresent() && SecretPatterns.isSecretValue(value.get())) {
        out.report(
            ctx.at(arg, d.span()),
            "ARG "
                + d.key()
                + " has a default credential: it is in the Dockerfile and in the"
                + " history of every RUN after it; pass it with RUN --mount=type=secret");
        continue;
      }
      for (Instruction later : after) {
        if (later instanceof Run) {
          out.report(
              ctx.at(arg, d.span()),
              "build argument "
                  + d.key()
                  + " is recorded in the image history by the RUN on"
                  + " line "
                  + later.line()
                  + "; pass it with RUN --mount=type=secret instead");
          break;
        }
      }
    }
  }

  private static Optional<String> globalDefault(Dockerfile df, String name) {
    Optional<String> found = Optional.empty();
    for (Arg global : df.globalArgs()) {
      for (ArgDeclaration d : global.declarations()) {
        if (d.key().equals(name) && d.defaultValue().isPresent()) {
          found = Optional.of(d.defaultValue().get().value());
        }
      }
    }
    return found;
  }

  private static void checkFiles(
      DockerfileContext ctx, FindingSink out, Instruction insn, List<Word> sources, Scope scope) {
    for (Word source : sources) {
      String path = scope.expand(source).value();
      SecretPatterns.secretFile(path)
          .ifPresent(
              kind ->
                  out.report(
                      ctx.at(insn, source.span()),
                      insn.keyword()
                          + " of "
                          + path
                          + ", "
                          + kind
                          + ": it stays in the layer even if a later step deletes it; mount it with"
                          + " RUN --mount=type=secret or at run time"));
    }
  }
}
