package dev.clustergov.librarycheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.adapters.jdbc.JdbcClustergov;
import dev.clustergov.adapters.rest.ClustergovServer;
import dev.clustergov.core.kernel.Money;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A host that takes {@code clustergov-adapters-rest} as a library (decision 0400): its classpath is what Maven gives it
 * for that one dependency, and it must find there no logging backend, no connection pool and no database driver, which
 * are the host's to choose; the runnable server jar bundles its own. The enforcer's {@code bannedDependencies} in this
 * module's POM says the same of the dependency list; this test looks at the classes and resources themselves.
 */
class HostClasspathTest {

  /** What a host must not inherit: each names the dependency it stands for. */
  @ParameterizedTest
  @ValueSource(strings = {
      "org.slf4j.simple.SimpleLogger",                 // slf4j-simple
      "ch.qos.logback.classic.LoggerContext",          // logback-classic
      "org.apache.logging.slf4j.SLF4JServiceProvider", // log4j-slf4j2-impl
      "org.h2.Driver",                                 // H2
      "org.postgresql.Driver",                         // PostgreSQL's driver
      "com.zaxxer.hikari.HikariDataSource"             // HikariCP
  })
  void the_library_brings_no_backend_pool_or_driver(String className) {
    assertThat(loadable(className)).as(className + " on a host's classpath").isFalse();
  }

  @Test
  void slf4j_finds_no_provider_so_the_host_decides() {
    assertThat(ServiceLoader.load(org.slf4j.spi.SLF4JServiceProvider.class).stream().map(p -> p.type().getName()).toList())
        .isEmpty();
  }

  @Test
  void the_library_jars_carry_no_logging_configuration_and_no_bundled_dependency() throws IOException {
    for (Path artifact : List.of(artifactOf(Money.class), artifactOf(JdbcClustergov.class), artifactOf(ClustergovServer.class))) {
      List<String> entries = entries(artifact);
      assertThat(entries).as(artifact.toString()).isNotEmpty()
          .doesNotContain("simplelogger.properties", "logback.xml", "logback-test.xml", "log4j2.xml",
              "META-INF/services/org.slf4j.spi.SLF4JServiceProvider", "META-INF/services/java.sql.Driver")
          .noneMatch(e -> e.startsWith("org/h2/") || e.startsWith("org/postgresql/") || e.startsWith("com/zaxxer/")
              || e.startsWith("ch/qos/") || e.startsWith("org/slf4j/"));
    }
  }

  /**
   * Each library jar names its module (decision 0400). Maven hands this module the jars when the reactor ran
   * {@code package} (as {@code mvn verify} does), their classes folders when it stopped at {@code test}: a folder has no
   * manifest to read, and then only the jar plugin's configuration stands for it.
   */
  @Test
  void each_library_jar_names_its_automatic_module() throws IOException {
    record Expected(Class<?> member, String module) {}
    for (Expected e : List.of(new Expected(Money.class, "dev.clustergov.core"),
        new Expected(JdbcClustergov.class, "dev.clustergov.adapters.jdbc"),
        new Expected(ClustergovServer.class, "dev.clustergov.adapters.rest"))) {
      Path artifact = artifactOf(e.member());
      if (Files.isDirectory(artifact)) {
        continue;
      }
      try (JarFile jar = new JarFile(artifact.toFile())) {
        assertThat(jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name")).as(artifact.toString())
            .isEqualTo(e.module());
        assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class")).as(artifact + ": a library, not the server jar")
            .isNull();
      }
    }
  }

  private static boolean loadable(String className) {
    try {
      Class.forName(className, false, HostClasspathTest.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static Path artifactOf(Class<?> member) {
    try {
      return Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> entries(Path artifact) throws IOException {
    if (Files.isDirectory(artifact)) {
      try (Stream<Path> files = Files.walk(artifact)) {
        return files.filter(Files::isRegularFile).map(f -> artifact.relativize(f).toString().replace('\\', '/')).toList();
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
    try (JarFile jar = new JarFile(artifact.toFile())) {
      return jar.stream().map(java.util.zip.ZipEntry::getName).toList();
    }
  }
}
