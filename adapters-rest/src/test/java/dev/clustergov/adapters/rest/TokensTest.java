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
  void a_feed_token_opens_one_calendar_feed_and_is_no_bearer_token_and_a_bad_feed_line_is_named() {
    Tokens t = Tokens.parse("""
        a-feed-token-of-org-000001 feed organization org-000001
        a-feed-token-of-suzhou-001 feed AUTHORITY authority-000003
        a-revoked-feed-token-00001 feed organization org-000001
        a-revoked-feed-token-00001 revoked
        """, "test");
    assertThat(t.feed("a-feed-token-of-org-000001")).contains(new Tokens.Feed(Tokens.Feed.Kind.ORGANIZATION, "org-000001"));
    assertThat(t.feed("a-feed-token-of-suzhou-001")).contains(new Tokens.Feed(Tokens.Feed.Kind.AUTHORITY, "authority-000003"));
    assertThat(t.caller("a-feed-token-of-org-000001")).isEmpty();
    assertThat(t.feed("a-revoked-feed-token-00001")).isEmpty();
    var read = Tokens.read("""
        a-feed-token-of-org-000001 feed cluster c-1
        a-feed-token-of-org-000002 feed organization
        a-feed-token-of-org-000003 feed organization not an id
        a-feed-token-of-org-000004 authority authority-000003
        a-feed-token-of-org-000004 feed authority authority-000003
        """, "test");
    assertThat(read.problems()).hasSize(4).anySatisfy(p -> assertThat(p).contains("entry 1"))
        .anySatisfy(p -> assertThat(p).contains("entry 2")).anySatisfy(p -> assertThat(p).contains("entry 3"))
        .anySatisfy(p -> assertThat(p).contains("entries 4 and 5"));
    assertThat(String.join(" ", read.problems())).doesNotContain("a-feed-token");
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

  @Test
  void every_bad_line_is_reported_and_a_revocation_counts_beside_them() {
    var read = Tokens.read("short authority a-1\na-long-enough-token-0001 revoked\na-long-enough-token-0002 wizard x\n"
        + "a-long-enough-token-0003 authority authority-000001", "f");
    assertThat(read.problems()).hasSize(2);
    assertThat(read.tokens().revokedCount()).isEqualTo(1);
    assertThat(read.tokens().caller("a-long-enough-token-0003")).isPresent();
    assertThatThrownBy(() -> Tokens.parse("short authority a-1\na-long-enough-token-0002 wizard x", "f"))
        .hasMessageContaining("f entry 1").hasMessageContaining("f entry 2");
  }

  @Test
  void the_same_token_on_two_lines_is_a_problem_and_has_no_role() {
    var read = Tokens.read("a-long-enough-token-0001 authority authority-000001\na-long-enough-token-0001 secretariat org-000001", "f");
    assertThat(read.problems()).containsExactly("f entries 1 and 2 name the same token");
    assertThat(read.tokens().caller("a-long-enough-token-0001")).isEmpty();
    assertThat(Tokens.read("a-long-enough-token-0001 authority authority-000001\na-long-enough-token-0001 authority authority-000001", "f")
        .problems()).hasSize(1);
  }

  @Test
  void a_comment_may_end_a_line() {
    Tokens t = Tokens.parse("a-long-enough-token-0001 authority authority-000001  # the bureau\n# whole line\n"
        + "a-long-enough-token-0002 revoked # lost on 2026-12-01", "f");
    assertThat(t.caller("a-long-enough-token-0001")).contains(new Caller(Caller.Role.AUTHORITY, "authority-000001", null));
    assertThat(t.revokedCount()).isEqualTo(1);
  }
}
