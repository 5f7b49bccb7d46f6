package dev.harden.dockerfile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What is in effect at one point of a stage (or, for {@code FROM} lines, of the global part): the
 * visible ARG/ENV variables and the {@code SHELL}. Substitution follows BuildKit: in a stage, a
 * name nobody declared may still come from the base image's environment, so it is unresolved; in
 * the global scope it is simply empty.
 */
public final class Scope {

  /** The default {@code SHELL} on Linux. */
  public static final List<String> DEFAULT_SHELL = List.of("/bin/sh", "-c");

  private final Map<String, Variable> variables;
  private final List<String> shell;
  private final boolean global;
  private final char escape;

  Scope(Map<String, Variable> variables, List<String> shell, boolean global, char escape) {
    this.variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
    this.shell = List.copyOf(shell);
    this.global = global;
    this.escape = escape;
  }

  public Optional<Variable> variable(String name) {
    return Optional.ofNullable(variables.get(name));
  }

  /** The visible variables by name, in declaration order. */
  public Map<String, Variable> variables() {
    return variables;
  }

  /** The {@code SHELL} that runs shell-form commands here. */
  public List<String> shell() {
    return shell;
  }

  /** True for the scope of {@code FROM} lines (global ARGs and builtins only). */
  public boolean isGlobal() {
    return global;
  }

  /** Substitutes the variables of this scope in a word as written (quotes are removed too). */
  public Expansion expand(String raw) {
    WordProcessor.Result r = WordProcessor.process(raw, escape, this::binding);
    return new Expansion(r.value(), r.unresolved(), Optional.ofNullable(r.error()));
  }

  /** {@link #expand(String)} of the word's raw text. */
  public Expansion expand(Word word) {
    return expand(word.raw());
  }

  private WordProcessor.Binding binding(String name) {
    Variable v = variables.get(name);
    if (v == null) {
      return global ? WordProcessor.Binding.UNSET : WordProcessor.Binding.UNKNOWN;
    }
    return v.value().map(WordProcessor.Binding::of).orElse(WordProcessor.Binding.UNKNOWN);
  }

  Scope with(Variable v) {
    Map<String, Variable> copy = new LinkedHashMap<>(variables);
    copy.remove(v.name());
    copy.put(v.name(), v);
    return new Scope(copy, shell, global, escape);
  }

  Scope withShell(List<String> newShell) {
    return new Scope(variables, newShell, global, escape);
  }

  /**
   * What a stage built on this one starts with: its ENV and, in BuildKit, its ARGs too (the build
   * state is inherited; documented since moby/buildkit#5381).
   */
  Scope inherited() {
    return new Scope(variables, shell, false, escape);
  }

  char escape() {
    return escape;
  }
}
