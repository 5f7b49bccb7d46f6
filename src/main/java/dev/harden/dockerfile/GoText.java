package dev.harden.dockerfile;

/** Character classes as BuildKit (Go) uses them. */
final class GoText {

  private GoText() {}

  /** Go's {@code unicode.IsSpace}. */
  static boolean isSpace(char c) {
    switch (c) {
      case '\t':
      case '\n':
      case 0x0B:
      case '\f':
      case '\r':
      case ' ':
      case 0x85:
      case 0xA0:
        return true;
      default:
        return c > 0xFF && Character.isSpaceChar(c);
    }
  }

  /** BuildKit's token separator {@code [\t\v\f\r ]}. */
  static boolean isTokenSpace(char c) {
    return c == '\t' || c == 0x0B || c == '\f' || c == '\r' || c == ' ';
  }
}
