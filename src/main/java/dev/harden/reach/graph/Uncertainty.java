package dev.harden.reach.graph;

/**
 * Something the analysis could not follow, and which packages it leaves undecided: a package of
 * that scope that was not reached is {@code unknown} with this reason instead of
 * {@code unreachable}.
 */
public record Uncertainty(Scope scope, String reason) {

  /** Which packages an uncertainty covers. */
  public enum Scope {
    /** Anything may run: an interactive shell, an unreadable entrypoint, a script without exec. */
    ALL,
    /** Any shared object may be loaded: {@code dlopen} with names the analysis cannot see. */
    SHARED_OBJECTS,
    /** Any npm package may be required: a non-literal {@code require}. */
    NPM,
    /** Any Python distribution may be imported: {@code importlib} or {@code __import__}. */
    PYTHON,
    /** Any jar may be on the class path: a class path the analysis cannot read. */
    JAVA
  }
}
