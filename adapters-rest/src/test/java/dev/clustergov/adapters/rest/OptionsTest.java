package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OptionsTest {

  @Test
  void defaults_are_port_8080_and_a_local_data_folder() {
    Options o = Options.parse(new String[0], Map.of());
    assertThat(o.port()).isEqualTo(8080);
    assertThat(o.dataDir()).isEqualTo(Path.of("clustergov-data"));
    assertThat(o.demo()).isFalse();
    assertThat(o.dbUrl()).isEmpty();
    assertThat(o.dbWaitMs()).isEqualTo(Storage.CONNECTION_TIMEOUT_MS);
  }

  @Test
  void every_flag_can_come_from_the_environment_and_a_flag_wins() {
    Map<String, String> env = Map.of("CLUSTERGOV_PORT", "9000", "CLUSTERGOV_DATA_DIR", "/var/lib/cg", "CLUSTERGOV_DB_URL",
        "jdbc:postgresql://db/cg", "CLUSTERGOV_DB_USER", "cg", "CLUSTERGOV_DB_PASSWORD", "pw", "CLUSTERGOV_TOKENS", "/etc/cg/tokens",
        "CLUSTERGOV_DEMO", "true", "CLUSTERGOV_DB_WAIT_MS", "5000");
    Options o = Options.parse(new String[0], env);
    assertThat(o).isEqualTo(new Options(9000, Path.of("/var/lib/cg"), java.util.Optional.of("jdbc:postgresql://db/cg"),
        java.util.Optional.of("cg"), java.util.Optional.of("pw"), java.util.Optional.of(Path.of("/etc/cg/tokens")),
        java.util.Optional.empty(), true, 5000, java.util.OptionalInt.empty(), "127.0.0.1", Options.LogFormat.TEXT,
        Path.of("clustergov-signing.key"), java.util.Optional.empty(), 60, false, Options.DEFAULT_STOP_GRACE_SECONDS));
    assertThat(Options.parse(new String[] {"--db-wait-ms", "30000"}, env).dbWaitMs()).isEqualTo(30_000);
    // decision 0521: the bound of a graceful stop, from the flag or the environment, 1 s to an hour
    assertThat(Options.parse(new String[] {"--stop-grace-seconds", "5"}, env).stopGraceSeconds()).isEqualTo(5);
    assertThat(Options.parse(new String[0], Map.of("CLUSTERGOV_STOP_GRACE_SECONDS", "12")).stopGraceSeconds()).isEqualTo(12);
    assertThatThrownBy(() -> Options.parse(new String[] {"--stop-grace-seconds", "0"}, Map.of())).hasMessageContaining("1–3600");
    assertThatThrownBy(() -> Options.parse(new String[] {"--stop-grace-seconds", "soon"}, Map.of())).hasMessageContaining("--stop-grace-seconds");
    assertThat(Options.parse(new String[] {"--port", "9100", "--data-dir=/tmp/x"}, env).port()).isEqualTo(9100);
    assertThat(Options.parse(new String[] {"--port", "9100", "--data-dir=/tmp/x"}, env).dataDir()).isEqualTo(Path.of("/tmp/x"));
  }

  @Test
  void a_bad_flag_is_named() {
    assertThatThrownBy(() -> Options.parse(new String[] {"--prot", "1"}, Map.of())).hasMessageContaining("--prot");
    assertThatThrownBy(() -> Options.parse(new String[] {"--port"}, Map.of())).hasMessageContaining("needs a value");
    assertThatThrownBy(() -> Options.parse(new String[] {"--port", "http"}, Map.of())).hasMessageContaining("number");
    assertThatThrownBy(() -> Options.parse(new String[] {"--help"}, Map.of())).isInstanceOf(Options.HelpRequested.class);
    assertThatThrownBy(() -> Options.parse(new String[] {"--db-wait-ms", "soon"}, Map.of())).hasMessageContaining("--db-wait-ms");
    assertThatThrownBy(() -> Options.parse(new String[] {"--db-wait-ms", "10"}, Map.of())).hasMessageContaining("at least 250");
  }

  @Test
  void a_boolean_from_the_environment_takes_the_usual_spellings_in_any_case_and_nothing_else() {
    for (String yes : new String[] {"true", "TRUE", "1", "yes", "Yes"}) {
      assertThat(Options.parse(new String[0], Map.of("CLUSTERGOV_DEMO", yes)).demo()).as(yes).isTrue();
    }
    for (String no : new String[] {"false", "False", "0", "no", "NO", ""}) {
      assertThat(Options.parse(new String[0], Map.of("CLUSTERGOV_DEMO", no)).demo()).as(no).isFalse();
    }
    for (String bad : new String[] {"maybe", "on", "2", "t"}) {
      assertThatThrownBy(() -> Options.parse(new String[0], Map.of("CLUSTERGOV_DEMO", bad))).as(bad)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CLUSTERGOV_DEMO");
    }
  }
}
