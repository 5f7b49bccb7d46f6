package dev.harden.dockerfile.shell;

/**
 * A heredoc body that is not in the script text: in a Dockerfile, {@code RUN cat <<EOF > f} is
 * followed by its body on the next lines, which the Dockerfile parser cuts out and hands over here.
 */
public record ExternalHeredoc(String name, MappedText body) {}
