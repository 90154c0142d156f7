package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class TokensTest {

  @Test
  void plain_and_pre_hashed_entries_both_authenticate_and_bind_their_role_and_scope() {
    String hashed = "sha256:" + HexFormat.of().formatHex(Tokens.sha256("a-token-given-only-as-hash"));
    Tokens t = Tokens.parse("""
        # comment
        a-plain-token-of-suzhou-0001 authority authority-000003
        %s secretariat org-000001
        a-member-token-000000000001 member org-000001 p-li
        """.formatted(hashed), "test");
    assertThat(t.caller("a-plain-token-of-suzhou-0001")).contains(new Caller(Caller.Role.AUTHORITY, "authority-000003", null));
    assertThat(t.caller("a-token-given-only-as-hash")).contains(new Caller(Caller.Role.SECRETARIAT, "org-000001", null));
    assertThat(t.caller("a-member-token-000000000001")).contains(new Caller(Caller.Role.MEMBER, "org-000001", "p-li"));
    assertThat(t.caller("a-plain-token-of-suzhou-0002")).isEmpty();
  }

  @Test
  void entries_can_be_separated_by_semicolons_for_an_environment_variable() {
    Tokens t = Tokens.parse("token-one-0000000001 evaluator ev-1;token-two-0000000002 authority a-1", "env");
    assertThat(t.size()).isEqualTo(2);
  }

  @Test
  void the_tokens_are_not_kept_in_the_clear() throws Exception {
    Tokens t = Tokens.parse("a-plain-token-of-suzhou-0001 authority authority-000003", "test");
    for (var f : Tokens.class.getDeclaredFields()) {
      f.setAccessible(true);
      assertThat(String.valueOf(f.get(t))).doesNotContain("a-plain-token-of-suzhou-0001");
    }
  }

  @Test
  void a_bad_entry_names_its_line_but_never_echoes_the_token() {
    assertThatThrownBy(() -> Tokens.parse("short authority a-1", "tokens.txt"))
        .hasMessageContaining("tokens.txt entry 1").hasMessageNotContaining("short ");
    assertThatThrownBy(() -> Tokens.parse("a-long-enough-token-0001 wizard x", "f")).hasMessageContaining("unknown role");
    assertThatThrownBy(() -> Tokens.parse("a-long-enough-token-0001 member org-1", "f")).hasMessageContaining("2 scope");
    assertThatThrownBy(() -> Tokens.parse("sha256:abc authority a-1", "f")).hasMessageContaining("64 hex");
    assertThatThrownBy(() -> Tokens.parse("a-long-enough-token-0001 authority ../etc", "f")).hasMessageContaining("identifier");
  }
}
