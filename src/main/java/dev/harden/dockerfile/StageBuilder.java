package dev.harden.dockerfile;

import dev.harden.dockerfile.shell.Dialect;
import dev.harden.io.InputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Groups instructions into stages as they are parsed and tracks what is in effect, following
 * BuildKit's {@code dockerfile2llb}: global ARGs (plus the builtin platform ARGs) are visible to
 * {@code FROM} lines only; inside a stage a global ARG is visible once re-declared ({@code ARG
 * NAME} takes the global value); ARG defaults and ENV values are substituted with what is visible
 * before them (all pairs of one ENV against the state before it, ARG declarations one after the
 * other); a stage built {@code FROM} an earlier stage starts with that stage's ENV, ARGs and SHELL
 * (BuildKit inherits the whole build state: moby/buildkit#5381); {@code FROM} refers to earlier
 * stages only.
 */
final class StageBuilder {

  /** BuildKit's automatic platform ARGs; their values depend on the build machine. */
  static final List<String> BUILTIN_ARGS =
      List.of(
          "TARGETPLATFORM",
          "TARGETOS",
          "TARGETARCH",
          "TARGETVARIANT",
          "BUILDPLATFORM",
          "BUILDOS",
          "BUILDARCH",
          "BUILDVARIANT");

  /** Base images whose default shell is {@code cmd} (Windows images have no /bin/sh). */
  private static final Pattern WINDOWS_BASE =
      Pattern.compile("(?i).*(windows|nanoserver|servercore).*");

  private static final List<String> WINDOWS_SHELL = List.of("cmd", "/S", "/C");

  private record Draft(
      int index,
      Optional<String> name,
      From from,
      Base base,
      List<Instruction> instructions,
      List<Scope> scopes) {}

  private final String source;
  private final List<Arg> globalArgs = new ArrayList<>();
  private final List<Stage> stages = new ArrayList<>();
  private Scope global;
  private Draft current;
  private Scope scope;

  StageBuilder(String source, char escape) {
    this.source = source;
    Map<String, Variable> builtins = new LinkedHashMap<>();
    for (String name : BUILTIN_ARGS) {
      builtins.put(
          name, new Variable(name, Optional.empty(), Variable.Kind.BUILTIN, Optional.empty()));
    }
    this.global = new Scope(builtins, Scope.DEFAULT_SHELL, true, escape);
  }

  /** The dialect shell-form commands are read in at this point. */
  Dialect dialect() {
    return scope == null ? Dialect.POSIX : Dialect.ofShell(scope.shell());
  }

  void accept(Instruction insn) throws InputException {
    if (insn instanceof From from) {
      startStage(from);
      return;
    }
    if (current == null) {
      if (insn instanceof Arg arg) {
        globalArgs.add(arg);
        global = declare(global, arg, Variable.Kind.GLOBAL_ARG);
        return;
      }
      throw new InputException(
          source,
          insn.line(),
          "no build stage in current context: " + insn.keyword() + " before the first FROM");
    }
    current.instructions().add(insn);
    if (insn instanceof Arg arg) {
      scope = declare(scope, arg, Variable.Kind.ARG);
    } else if (insn instanceof Env env) {
      Scope before = scope;
      for (KeyValue kv : env.pairs()) {
        Expansion key = before.expand(kv.key());
        Expansion value = before.expand(kv.value());
        Optional<String> known = value.isComplete() ? Optional.of(value.value()) : Optional.empty();
        scope =
            scope.with(new Variable(key.value(), known, Variable.Kind.ENV, Optional.of(kv.span())));
      }
    } else if (insn instanceof Shell shell) {
      scope = scope.withShell(shell.values());
    }
    current.scopes().add(scope);
  }

  private Scope declare(Scope into, Arg arg, Variable.Kind kind) {
    for (ArgDeclaration d : arg.declarations()) {
      String name = d.key();
      Optional<String> value;
      if (d.defaultValue().isPresent()) {
        Expansion e = into.expand(d.defaultValue().get());
        value = e.isComplete() ? Optional.of(e.value()) : Optional.empty();
      } else if (kind == Variable.Kind.ARG && global.variable(name).isPresent()) {
        value = global.variable(name).get().value();
      } else if (into.variable(name).isPresent()) {
        continue; // BuildKit keeps what is already set (an ENV) when the ARG has no value
      } else {
        value = Optional.empty();
      }
      into = into.with(new Variable(name, value, kind, Optional.of(d.span())));
    }
    return into;
  }

  private void startStage(From from) {
    finishStage();
    int index = stages.size();
    Optional<String> name = from.stageName().map(w -> w.raw().toLowerCase(Locale.ROOT));
    Expansion image = global.expand(from.image());
    Base base = resolveBase(image, from.image().raw());
    if (base instanceof Base.StageRef ref) {
      scope = stages.get(ref.index()).finalScope().inherited();
    } else {
      List<String> shell =
          WINDOWS_BASE.matcher(image.value()).matches() ? WINDOWS_SHELL : Scope.DEFAULT_SHELL;
      scope = new Scope(Map.of(), shell, false, global.escape());
    }
    List<Scope> scopes = new ArrayList<>();
    scopes.add(scope);
    current = new Draft(index, name, from, base, new ArrayList<>(), scopes);
  }

  /**
   * What a reference names: {@code scratch}, a stage of those finished so far (so a {@code FROM}
   * sees earlier stages only; the graph, built at the end, sees all), or an image.
   */
  private Base resolveBase(Expansion expanded, String raw) {
    if (expanded.error().isPresent()) {
      return new Base.Unresolved(raw, expanded.error().get());
    }
    if (!expanded.unresolved().isEmpty()) {
      return new Base.Unresolved(
          expanded.value(),
          "depends on "
              + String.join(", ", expanded.unresolved())
              + ", not known before the build");
    }
    String ref = expanded.value();
    if (ref.isEmpty()) {
      return new Base.Unresolved(raw, "base name (" + raw + ") should not be blank");
    }
    for (Stage s : stages) {
      if (s.name().isPresent() && s.name().get().equals(ref.toLowerCase(Locale.ROOT))) {
        return new Base.StageRef(s.index(), s.name());
      }
    }
    if (ref.equals("scratch")) {
      return new Base.Scratch();
    }
    try {
      return new Base.Image(ImageReference.parse(ref));
    } catch (IllegalArgumentException e) {
      return new Base.Unresolved(ref, e.getMessage());
    }
  }

  private void finishStage() {
    if (current != null) {
      stages.add(
          new Stage(
              current.index(),
              current.name(),
              current.from(),
              current.instructions(),
              current.base(),
              current.scopes()));
      current = null;
    }
  }

  List<Stage> stages() {
    finishStage();
    return stages;
  }

  /** The dependencies of every stage; call once all instructions are in. */
  StageGraph graph() {
    List<StageGraph.Dependency> deps = new ArrayList<>();
    for (Stage s : stages()) {
      deps.add(new StageGraph.Dependency(s.index(), s.from(), s.base()));
      for (Instruction insn : s.instructions()) {
        if (insn instanceof Copy copy) {
          for (Flag f : copy.flags("from")) {
            deps.add(new StageGraph.Dependency(s.index(), insn, source(f.valueOrEmpty())));
          }
        } else if (insn instanceof Run run) {
          for (Mount m : run.mounts()) {
            if (m.from().isPresent()) {
              deps.add(new StageGraph.Dependency(s.index(), insn, source(m.from().get())));
            }
          }
        }
      }
    }
    return new StageGraph(deps);
  }

  /**
   * BuildKit's {@code toCommand}: a number is a stage index, else a stage name, else an image. The
   * value is not expanded: BuildKit refuses variables there ("variable expansion is not supported
   * for --from", moby/buildkit#6153), so one is reported as unresolved.
   */
  private Base source(String written) {
    if (written.contains("$")) {
      return new Base.Unresolved(
          written, "variable expansion is not supported for --from; use a FROM stage instead");
    }
    if (written.matches("\\d{1,9}")) {
      int index = Integer.parseInt(written);
      return index < stages.size()
          ? new Base.StageRef(index, stages.get(index).name())
          : new Base.Unresolved(written, "invalid stage index " + index);
    }
    return resolveBase(new Expansion(written, java.util.Set.of(), Optional.empty()), written);
  }


  List<Arg> globalArgs() {
    return globalArgs;
  }

  Scope globalScope() {
    return global;
  }
}
