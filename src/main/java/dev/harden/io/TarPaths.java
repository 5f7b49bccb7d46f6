package dev.harden.io;

/** Lexical normalisation of names found in archives, which are hostile until proven otherwise. */
public final class TarPaths {

  private TarPaths() {}

  /**
   * The absolute form of an archive name: leading {@code /} and {@code ./} dropped, {@code //} and
   * {@code .} collapsed, {@code ..} applied. Returns null when {@code ..} would climb above the root
   * or the name holds a NUL. {@code ""}, {@code "."} and {@code "./"} give {@code "/"}.
   */
  public static String normalize(String name) {
    if (name == null || name.indexOf('\0') >= 0) {
      return null;
    }
    StringBuilder out = new StringBuilder(name.length() + 1);
    int[] starts = new int[16];
    int depth = 0;
    int i = 0;
    int n = name.length();
    while (i <= n) {
      int slash = name.indexOf('/', i);
      int end = slash < 0 ? n : slash;
      int len = end - i;
      if (len == 0 || (len == 1 && name.charAt(i) == '.')) {
        // empty element or "."
      } else if (len == 2 && name.charAt(i) == '.' && name.charAt(i + 1) == '.') {
        if (depth == 0) {
          return null;
        }
        depth--;
        out.setLength(starts[depth]);
      } else {
        if (depth == starts.length) {
          starts = java.util.Arrays.copyOf(starts, depth * 2);
        }
        starts[depth++] = out.length();
        out.append('/').append(name, i, end);
      }
      if (slash < 0) {
        break;
      }
      i = slash + 1;
    }
    return out.length() == 0 ? "/" : out.toString();
  }

  /** The parent of a normalised absolute path ({@code /} for top-level entries and the root). */
  public static String parent(String path) {
    int slash = path.lastIndexOf('/');
    return slash <= 0 ? "/" : path.substring(0, slash);
  }
}
