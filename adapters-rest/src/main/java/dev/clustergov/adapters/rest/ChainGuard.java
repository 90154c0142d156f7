package dev.clustergov.adapters.rest;

import dev.clustergov.adapters.jdbc.EventChainVerifier;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's tamper evidence (篡改检测, decision 0372): at start the chain is audited since its last signed checkpoint;
 * a broken chain is logged in one line, halts every write and keeps {@code /ready} at 503 with the reason; an intact
 * one is signed at once and then every few seconds when its head has moved. {@code verify} is the full audit for an
 * operator, with an exit code.
 */
final class ChainGuard {
  private static final Logger LOG = LoggerFactory.getLogger("clustergov.chain");

  private final Storage storage;
  private final KeyPair keys;
  private final AtomicReference<Optional<String>> problem;
  private final ScheduledExecutorService signer;

  private ChainGuard(Storage storage, KeyPair keys, AtomicReference<Optional<String>> problem, ScheduledExecutorService signer) {
    this.storage = storage;
    this.keys = keys;
    this.problem = problem;
    this.signer = signer;
  }

  /** The signing key in {@code file}, created when absent; a key that cannot be read or created is exit 8. */
  static KeyPair keys(Path file) {
    try {
      return SigningKey.loadOrCreate(file);
    } catch (IOException | GeneralSecurityException | RuntimeException e) {
      throw new StartupFailure(StartupFailure.Exit.SIGNING_KEY, "--signing-key " + file + " cannot be read or created ("
          + StartupFailure.root(e) + "): give a readable key file, or a path where a new one may be written", e);
    }
  }

  /** Audits since the last checkpoint (bounded by what was appended since), then signs the head every {@code seconds}. */
  static ChainGuard atStart(Storage storage, KeyPair keys, AtomicReference<Optional<String>> problem, long seconds) {
    long t = System.nanoTime();
    EventChainVerifier.Report report = storage.verifier().auditSinceLastCheckpoint(Optional.of(keys.getPublic()));
    ScheduledExecutorService signer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread th = new Thread(r, "clustergov-checkpoints");
      th.setDaemon(true);
      return th;
    });
    ChainGuard guard = new ChainGuard(storage, keys, problem, signer);
    if (!report.intact()) {
      guard.broken(report);
    } else {
      LOG.info("event log {} in {} ms (key {})", report.summary(), (System.nanoTime() - t) / 1_000_000,
          EventChainVerifier.keyId(keys.getPublic()).substring(0, 16));
      guard.sign();
      signer.scheduleWithFixedDelay(guard::sign, seconds, seconds, TimeUnit.SECONDS);
    }
    return guard;
  }

  boolean broken() {
    return problem.get().isPresent();
  }

  /** Signs the head if it moved and the entries since the last checkpoint check out; a break found now halts writes. */
  void sign() {
    if (broken()) {
      return;
    }
    try {
      EventChainVerifier.Signed s = storage.verifier().checkpoint(keys.getPrivate(), keys.getPublic());
      if (!s.report().intact()) {
        broken(s.report());
      }
    } catch (RuntimeException e) {
      LOG.warn("no checkpoint signed this time: {}", StartupFailure.root(e));
    }
  }

  private void broken(EventChainVerifier.Report report) {
    String first = report.findings().get(0).toString();
    String reason = first + (report.findings().size() > 1 ? " (and " + (report.findings().size() - 1) + " more)" : "");
    storage.haltWrites(reason);
    problem.set(Optional.of(reason));
    signer.shutdown();
    LOG.error("the event log's chain is broken — writes refused, /ready 503 — until an operator has looked: {}", reason);
  }

  void stop() {
    signer.shutdownNow();
    sign();
  }

  /**
   * {@code verify}: the full audit of the storage the options name; one line per problem and a summary on {@code out};
   * 0 when intact, 7 when not.
   */
  static int verify(Options options, PrintStream out) {
    Optional<PublicKey> key = publicKey(options);
    try (Storage storage = Storage.open(options)) {
      EventChainVerifier.Report r = storage.verifier().audit(key);
      r.findings().forEach(f -> out.println(f.toString()));
      out.println("clustergov verify: " + storage.describe() + ": " + r.summary());
      return r.intact() ? 0 : StartupFailure.Exit.CHAIN_BROKEN.code;
    }
  }

  private static Optional<PublicKey> publicKey(Options options) {
    Path file = options.publicKey().orElse(options.signingKey());
    if (options.publicKey().isEmpty() && !Files.exists(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(SigningKey.publicKey(file));
    } catch (IOException | GeneralSecurityException | RuntimeException e) {
      throw new StartupFailure(StartupFailure.Exit.SIGNING_KEY, (options.publicKey().isPresent() ? "--public-key " : "--signing-key ")
          + file + " cannot be read (" + StartupFailure.root(e) + "): name the key file or its .pub", e);
    }
  }
}
