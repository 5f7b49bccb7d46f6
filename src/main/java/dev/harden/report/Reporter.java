package dev.harden.report;

/**
 * Renders one kind of report into one format. Rendering happens fully in memory so that a failure
 * never leaves partial output behind.
 *
 * @param <R> the report it renders
 */
public interface Reporter<R> {

  /** The {@code --format} name, e.g. {@code json}. */
  String format();

  String render(R report, RenderOptions options);
}
