package dev.harden.reach.elf;

import dev.harden.reach.graph.ImageView;
import java.util.ArrayList;
import java.util.List;

/**
 * The service modules {@code /etc/nsswitch.conf} names ({@code hosts: files mdns4_minimal [NOTFOUND=return]
 * dns} names files, mdns4_minimal and dns), in order of first appearance. Without the file glibc
 * uses files and dns only, which recent glibc builds into libc.
 */
final class Nsswitch {

  static final String PATH = "/etc/nsswitch.conf";

  private Nsswitch() {}

  static List<String> services(ImageView view) {
    List<String> services = new ArrayList<>();
    String text = view.textAt(PATH).orElse("");
    for (String raw : text.split("\n")) {
      String line = raw;
      int hash = line.indexOf('#');
      if (hash >= 0) {
        line = line.substring(0, hash);
      }
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String rest = line.substring(colon + 1).replaceAll("\\[[^]]*]", " ");
      for (String word : rest.trim().split("\\s+")) {
        if (word.matches("[A-Za-z0-9_-]+") && !services.contains(word)) {
          services.add(word);
        }
      }
    }
    return services;
  }
}
