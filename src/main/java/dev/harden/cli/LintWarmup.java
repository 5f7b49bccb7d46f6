package dev.harden.cli;

import com.fasterxml.jackson.core.JsonFactory;
import dev.harden.lint.dockerfile.BaseImages;

/**
 * Loads the base-image knowledge base (and initialises Jackson's JSON reader, which the exec-form
 * parser uses) on a second core while the main thread builds the command line and parses the
 * Dockerfile: decoding it is the largest piece of data a lint initialises (10-20 ms of a 200 ms
 * run, in interpreted code). If the main thread needs either first, it waits for the class
 * initialisation in progress rather than repeating it. Only these two: the knowledge base needs
 * only the dockerfile and io packages, which never refer back to lint, and Jackson nothing of
 * harden's, so no class initialisation on one thread can wait for one on the other that waits for
 * it in turn.
 */
final class LintWarmup implements Runnable {

  private LintWarmup() {}

  /** Starts the warm-up when {@code args} name lint or fix; returns its thread, or null. */
  static Thread startFor(String[] args) {
    if (args.length == 0 || !(args[0].equals("lint") || args[0].equals("fix"))) {
      return null;
    }
    // a class rather than a lambda: the first lambda of a process costs its bootstrap here
    Thread t = new Thread(new LintWarmup(), "harden-lint-warmup");
    t.setDaemon(true);
    t.start();
    return t;
  }

  @Override
  public void run() {
    try {
      BaseImages.builtin();
      new JsonFactory(); // the exec-form parser's JSON reader: Jackson's symbol tables
    } catch (RuntimeException e) {
      // only a warm-up: the lint that needs the knowledge base reports the failure itself
    }
  }
}
