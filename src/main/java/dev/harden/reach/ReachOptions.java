package dev.harden.reach;

/**
 * Bounds of the analysis, built once by the command line.
 *
 * @param maxTextBytes the largest script, JavaScript, Python or JSON file read as text; larger
 *     ones are not read and leave their kind unknown
 */
public record ReachOptions(long maxTextBytes) {

  public static final ReachOptions DEFAULTS = new ReachOptions(16L << 20);
}
