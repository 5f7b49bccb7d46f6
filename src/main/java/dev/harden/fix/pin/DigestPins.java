package dev.harden.fix.pin;

import dev.harden.image.ImageReference;
import dev.harden.io.Digest;
import dev.harden.io.InputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The digests one {@code harden fix} run pins to: the lock file first ({@code --lock FILE}, else
 * {@code harden.lock} beside each Dockerfile, or in the working directory for standard input),
 * then the network. With {@code lockWrite}, every digest that came from the network is added to
 * that lock file, and {@link #changedLocks()} lists the files to write once the run is done.
 */
public final class DigestPins {

  private final DigestResolver network;
  private final Optional<Path> explicitLock;
  private final boolean lockWrite;
  private final Map<Path, LockFile> locks = new LinkedHashMap<>();
  private final Map<Path, LockFile> read = new LinkedHashMap<>();

  public DigestPins(DigestResolver network, Optional<Path> explicitLock, boolean lockWrite) {
    this.network = network;
    this.explicitLock = explicitLock;
    this.lockWrite = lockWrite;
  }

  /** The lock file that applies to a Dockerfile ({@code null} for standard input). */
  public Path lockPath(Path dockerfile) {
    if (explicitLock.isPresent()) {
      return explicitLock.get();
    }
    Path dir = dockerfile == null ? null : dockerfile.toAbsolutePath().getParent();
    return dir == null ? Path.of(LockFile.FILE_NAME) : dir.resolve(LockFile.FILE_NAME);
  }

  /** The resolver for one Dockerfile: its lock file, then the network. */
  public DigestResolver forDockerfile(Path dockerfile) throws InputException {
    Path path = lockPath(dockerfile).toAbsolutePath().normalize();
    if (!locks.containsKey(path)) {
      LockFile lock = LockFile.read(path);
      locks.put(path, lock);
      read.put(path, lock);
    }
    return ref -> resolve(path, ref);
  }

  private synchronized PinnedDigest resolve(Path lockPath, ImageReference ref)
      throws InputException {
    Optional<Digest> locked = locks.get(lockPath).digest(ref);
    if (locked.isPresent()) {
      return new PinnedDigest(locked.get(), lockPath.getFileName().toString(), true);
    }
    PinnedDigest answer = network.resolve(ref);
    if (lockWrite) {
      locks.put(lockPath, locks.get(lockPath).with(ref, answer.digest()));
    }
    return answer;
  }

  /** The lock files this run added entries to (only with {@code lockWrite}). */
  public List<LockFile> changedLocks() {
    List<LockFile> changed = new ArrayList<>();
    for (Map.Entry<Path, LockFile> e : locks.entrySet()) {
      if (!e.getValue().images().equals(read.get(e.getKey()).images())) {
        changed.add(e.getValue());
      }
    }
    return changed;
  }
}
