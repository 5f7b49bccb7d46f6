package dev.harden.k8s;

/**
 * Replace the text between two char offsets ({@code start == end}: insert).
 *
 * @param start first char replaced
 * @param end char after the last one replaced
 */
public record TextChange(int start, int end, String replacement) {

  public TextChange {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad range " + start + ".." + end);
    }
  }
}
