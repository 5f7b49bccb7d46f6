package dev.harden.cli;

import dev.harden.lint.dockerfile.BaseImages;

/**
 * Loads the base-image knowledge base on a second core while the main thread builds the command
 * line and parses the Dockerfile: decoding it is the largest piece of data a lint initialises
 * (10-20 ms of a 200 ms run, in interpreted code). If the main thread needs it first, it waits for
 * the class initialisation in progress rather than repeating it. Only the knowledge base: it
 * depends on nothing in the lint packages, so the two threads cannot each hold a class
 * initialisation the other waits for.
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
    } catch (RuntimeException e) {
      // only a warm-up: the lint that needs the knowledge base reports the failure itself
    }
  }
}
