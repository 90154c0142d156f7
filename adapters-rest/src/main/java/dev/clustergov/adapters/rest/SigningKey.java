package dev.clustergov.adapters.rest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The key that signs checkpoints of the event log's head (签名密钥, decision 0372): an Ed25519 pair from the JDK, kept in
 * a file outside the database — {@code private <Base64 PKCS#8>} and {@code public <Base64 X.509>} lines, mode 0600 —
 * created on first start when absent, with the public key alone beside it in {@code FILE.pub}, which an operator copies
 * elsewhere and gives to {@code verify --public-key}.
 */
final class SigningKey {
  private SigningKey() {}

  /** The pair in {@code file}, created (0600, and {@code file.pub}) when the file does not exist. */
  static KeyPair loadOrCreate(Path file) throws IOException, GeneralSecurityException {
    if (!Files.exists(file)) {
      KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
      String text = "# clustergov checkpoint signing key (Ed25519): keep it out of the database and its backups\n"
          + "private " + Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()) + "\n"
          + "public " + Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()) + "\n";
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } catch (UnsupportedOperationException e) {
        Files.createFile(file);
      } catch (FileAlreadyExistsException raced) {
        return load(file);
      }
      Files.writeString(file, text, StandardCharsets.US_ASCII);
      Files.writeString(Path.of(file + ".pub"), "public " + Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()) + "\n",
          StandardCharsets.US_ASCII);
      return pair;
    }
    return load(file);
  }

  static KeyPair load(Path file) throws IOException, GeneralSecurityException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
    byte[] priv = line(lines, "private").orElseThrow(() -> new GeneralSecurityException(file + " has no 'private' line"));
    KeyFactory f = KeyFactory.getInstance("Ed25519");
    PrivateKey privateKey = f.generatePrivate(new PKCS8EncodedKeySpec(priv));
    return new KeyPair(publicKey(file), privateKey);
  }

  /** The public key in {@code file}: a key file or its {@code .pub}. */
  static PublicKey publicKey(Path file) throws IOException, GeneralSecurityException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
    byte[] pub = line(lines, "public").orElseThrow(() -> new GeneralSecurityException(file + " has no 'public' line"));
    return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(pub));
  }

  private static Optional<byte[]> line(List<String> lines, String name) throws GeneralSecurityException {
    for (String l : lines) {
      String s = l.strip();
      if (s.startsWith(name + " ")) {
        try {
          return Optional.of(Base64.getDecoder().decode(s.substring(name.length() + 1).strip()));
        } catch (IllegalArgumentException e) {
          throw new GeneralSecurityException("the '" + name + "' line is not Base64");
        }
      }
    }
    return Optional.empty();
  }
}
