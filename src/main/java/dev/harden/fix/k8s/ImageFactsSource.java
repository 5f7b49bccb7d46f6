package dev.harden.fix.k8s;

import java.util.Optional;

/** Looks up {@link ImageFacts} for an image reference as written in a manifest. */
@FunctionalInterface
public interface ImageFactsSource {

  /** No image information: fixes decide from the manifest alone. */
  ImageFactsSource NONE = reference -> Optional.empty();

  Optional<ImageFacts> lookup(String reference);
}
