package dev.harden.lint.image;

import dev.harden.lint.Rule;

/** A check over a whole image (its files, configuration and packages). */
public interface ImageRule extends Rule<ImageSubject> {}
