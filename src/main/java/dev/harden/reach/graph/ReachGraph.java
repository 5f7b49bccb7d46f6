package dev.harden.reach.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files the entrypoint can load, each with the step that reached it, so every file has an
 * evidence chain back to the image's command. A file is reached {@link Certainty#DEFINITE definitely}
 * (the loader or interpreter must load it) or only {@link Certainty#POSSIBLE possibly} (a runtime
 * loads it on demand); a possible file reached definitely later is upgraded, and its chain replaced.
 * Also holds the {@link Uncertainty uncertainties}: what the analysis could not follow.
 */
public final class ReachGraph {

  /** How sure the analysis is that a file is loaded. */
  public enum Certainty { DEFINITE, POSSIBLE }

  /**
   * One reached file.
   *
   * @param path the real path inside the image (symlinks resolved)
   * @param step how it was reached from its parent, as a report prints it
   * @param parent the file that led here, null for a root (the command itself)
   */
  public record Node(String path, String step, Node parent, Certainty certainty) {

    /** The steps from the root down to this file. */
    public List<String> chain() {
      List<String> steps = new ArrayList<>();
      for (Node n = this; n != null; n = n.parent) {
        steps.add(n.step);
      }
      Collections.reverse(steps);
      return steps;
    }
  }

  private final Map<String, Node> nodes = new LinkedHashMap<>();
  private final List<Uncertainty> uncertainties = new ArrayList<>();
  private final List<String> commands = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  /**
   * The step of an interpreter running a script: {@code runs the script} when the command named
   * it by its real path (the path follows in the chain anyway), else {@code runs NAME} as named.
   */
  public static String runs(String named, String real) {
    return named.equals(real) ? "runs the script" : "runs " + named;
  }

  /**
   * Records that {@code path} is reached; returns the node when it is new or newly definite (the
   * caller then follows what it loads), null when nothing changed.
   */
  public Node reach(String path, String step, Node parent, Certainty certainty) {
    Certainty effective = parent != null && parent.certainty == Certainty.POSSIBLE
        ? Certainty.POSSIBLE : certainty;
    Node old = nodes.get(path);
    if (old != null && (old.certainty == Certainty.DEFINITE || effective == Certainty.POSSIBLE)) {
      return null;
    }
    Node node = new Node(path, step, parent, effective);
    nodes.put(path, node);
    return node;
  }

  public Node get(String path) {
    return nodes.get(path);
  }

  public Collection<Node> nodes() {
    return Collections.unmodifiableCollection(nodes.values());
  }

  public void uncertain(Uncertainty uncertainty) {
    if (!uncertainties.contains(uncertainty)) {
      uncertainties.add(uncertainty);
    }
  }

  public List<Uncertainty> uncertainties() {
    return Collections.unmodifiableList(uncertainties);
  }

  /** Records one command line the image runs, as resolved (for reports). */
  public void command(String line) {
    if (!commands.contains(line)) {
      commands.add(line);
    }
  }

  public List<String> commands() {
    return Collections.unmodifiableList(commands);
  }

  /**
   * Records a fact worth showing that decides nothing (a {@code DT_NEEDED} library missing from
   * the image: the program would not start).
   */
  public void note(String note) {
    if (!notes.contains(note)) {
      notes.add(note);
    }
  }

  public List<String> notes() {
    return Collections.unmodifiableList(notes);
  }
}
