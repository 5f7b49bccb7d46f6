package dev.harden.report.text;

import dev.harden.lint.Severity;

/** ANSI styling that turns into plain text when colour is off. */
public final class Ansi {

  private final boolean on;

  public Ansi(boolean on) {
    this.on = on;
  }

  public String bold(String s) {
    return wrap("1", s);
  }

  public String dim(String s) {
    return wrap("2", s);
  }

  public String red(String s) {
    return wrap("31", s);
  }

  public String yellow(String s) {
    return wrap("33", s);
  }

  public String green(String s) {
    return wrap("32", s);
  }

  public String cyan(String s) {
    return wrap("36", s);
  }

  public String severity(Severity severity) {
    String label = severity.label();
    return switch (severity) {
      case ERROR -> red(label);
      case WARNING -> yellow(label);
      case INFO -> cyan(label);
      case STYLE -> dim(label);
    };
  }

  private String wrap(String code, String s) {
    return on ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
  }
}
