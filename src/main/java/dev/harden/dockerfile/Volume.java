package dev.harden.dockerfile;

import java.util.List;

/** {@code VOLUME path ...} or {@code VOLUME ["path", ...]}. */
public record Volume(Syntax syntax, List<Word> paths, boolean execForm) implements Instruction {

  public Volume {
    paths = List.copyOf(paths);
  }
}
