package dev.harden.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Start-up work of the image commands done on a second core while the main thread builds the
 * command line: Jackson's object mapper (about 70 ms of class loading and initialisation in a
 * fresh JVM, needed for the first manifest) and the SHA-256 provider (needed for the first
 * digest). The image is read only after both, so on the main thread they were on the critical
 * path; here they overlap with picocli (node-app sbom: 1.82 s -> 1.69 s wall, medians of 9).
 * Nothing is kept: the effect is only that the classes are loaded and initialised. Commands that
 * do not read images skip it, since for them it would be extra work competing for the same cores.
 */
final class ImageWarmup {

  private ImageWarmup() {}

  /** Starts the warm-up when {@code args} name an image command; returns its thread, or null. */
  static Thread startFor(String[] args) {
    if (args.length == 0 || !HardenCommand.IMAGE_COMMANDS.contains(args[0])) {
      return null;
    }
    Thread t = new Thread(ImageWarmup::run, "harden-warmup");
    t.setDaemon(true);
    t.start();
    return t;
  }

  static void run() {
    try {
      new ObjectMapper().readTree("{\"schemaVersion\":2,\"layers\":[{\"size\":1}]}");
      MessageDigest.getInstance("SHA-256").digest(new byte[64]);
    } catch (java.io.IOException | NoSuchAlgorithmException | RuntimeException e) {
      // only a warm-up, never a message of its own: the real use reports its errors
    }
  }
}
