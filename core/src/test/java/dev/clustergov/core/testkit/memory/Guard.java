package dev.clustergov.core.testkit.memory;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The one lock of a registry: every read and write of every store takes it, and a unit of work holds
 * it throughout, so units of work run one at a time and see no one else's half-done writes.
 */
final class Guard {
  private final ReentrantLock lock = new ReentrantLock();

  <V> V locked(Supplier<V> body) {
    lock.lock();
    try {
      return body.get();
    } finally {
      lock.unlock();
    }
  }

  void lock() {
    lock.lock();
  }

  void unlock() {
    lock.unlock();
  }

  boolean heldByCurrentThread() {
    return lock.isHeldByCurrentThread();
  }

  /** Whether the calling thread holds the lock more than once, i.e. is inside an outer unit of work. */
  boolean nested() {
    return lock.getHoldCount() > 1;
  }
}
