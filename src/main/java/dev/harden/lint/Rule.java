package dev.harden.lint;

/**
 * A check over one parsed subject (a Dockerfile, a Kubernetes document, an image). Rules hold no
 * state between calls: everything they need is in the subject, which is parsed once and shared by
 * every rule.
 *
 * @param <S> what the rule looks at
 */
public interface Rule<S> {

  RuleMeta meta();

  void check(S subject, FindingSink out);
}
