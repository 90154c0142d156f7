package dev.clustergov.core.disclosure;

import dev.clustergov.core.kernel.Validations;
import dev.clustergov.core.kernel.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The channel a disclosure went out on (披露渠道): its kind and a reference — the web address for a
 * website or platform, the paper, date and page for a newspaper, the account for new media.
 *
 * <p>Whether it is public (公开渠道, Art.14) is a question of the kind and, for a web address, of its
 * host: an intranet address, a private network, {@code localhost} or a host with no domain cannot be
 * reached by society, however public its kind claims to be. The check reads the address only; it
 * never resolves or fetches it.
 */
public record Channel(ChannelKind kind, String reference) {

  public static final int MAX_REFERENCE = 1000;

  private static final Pattern ADDRESS = Pattern.compile(
      "(?i)https?://(?:[^/?#@\\s]*@)?(\\[[0-9a-f:.]+\\]|[a-z0-9\\p{IsHan}](?:[a-z0-9\\p{IsHan}.-]*[a-z0-9\\p{IsHan}])?)"
          + "(?::\\d{1,5})?(?:[/?#]\\S*)?");
  private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
  private static final java.util.List<String> PRIVATE_SUFFIXES =
      java.util.List.of(".local", ".internal", ".intranet", ".lan", ".localhost", ".corp", ".home.arpa", ".test", ".invalid");

  public Channel {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reference, "reference");
    if (kind.addressed() && host(reference) == null) {
      throw new IllegalStateException("a " + kind + " channel needs an http(s) address: " + reference);
    }
  }

  /** Every problem with the raw fields, under {@code channel.kind} and {@code channel.reference}. */
  public static Validation<Seq<Violation>, Channel> parse(String field, String rawKind, String rawReference) {
    return checked(field, parseKind(field + ".kind", rawKind), rawReference);
  }

  /** Every problem with a kind (required) and a raw reference, under {@code channel.kind} and {@code channel.reference}. */
  public static Validation<Seq<Violation>, Channel> of(String field, ChannelKind kind, String rawReference) {
    return checked(field, Validations.required(field + ".kind", kind), rawReference);
  }

  private static Validation<Seq<Violation>, Channel> checked(String field, Validation<Violation, ChannelKind> kind, String rawReference) {
    Validation<Violation, String> reference = Validations.text(field + ".reference", rawReference, MAX_REFERENCE);
    if (kind.isValid() && reference.isValid() && kind.get().addressed() && host(reference.get()) == null) {
      return Validation.invalid(List.of(Violation.of(field + ".reference", "not-a-web-address",
          "渠道地址应为 http 或 https 网址", field + ".reference must be an http or https address")));
    }
    return Validation.combine(Validations.seq(kind), Validations.seq(reference))
        .ap(Channel::new)
        .mapError(e -> e.flatMap(s -> s));
  }

  /** A {@link ChannelKind} by its name (渠道类型). */
  public static Validation<Violation, ChannelKind> parseKind(String field, String raw) {
    if (raw == null || raw.isBlank()) {
      return Validation.invalid(Violation.of(field, "required", "该项不能为空", field + " is required"));
    }
    for (ChannelKind k : ChannelKind.values()) {
      if (k.name().equals(raw.strip())) {
        return Validation.valid(k);
      }
    }
    return Validation.invalid(Violation.of(field, "unknown-value",
        "“" + raw + "”不是渠道类型", "'" + raw + "' is not a channel kind"));
  }

  /** Whether society can read what goes out here (面向社会公开). */
  public boolean isPublic() {
    return kind.reachesThePublic() && (!kind.addressed() || publicHost(host(reference)));
  }

  /** Why this channel is not public, in both languages, or empty when it is. */
  public java.util.Optional<dev.clustergov.core.kernel.Text> whyNotPublic() {
    if (!kind.reachesThePublic()) {
      return java.util.Optional.of(dev.clustergov.core.kernel.Text.of(
          "该渠道（" + kind.label().zh() + "）仅面向成员单位或工作人员",
          "a channel of this kind (" + kind.label().en() + ") reaches member units or staff only"));
    }
    if (kind.addressed() && !publicHost(host(reference))) {
      String host = host(reference);
      return java.util.Optional.of(host == null
          ? dev.clustergov.core.kernel.Text.of("该地址不是社会公众可以访问的网址", "the address is not one the public can reach")
          : dev.clustergov.core.kernel.Text.of("网址所在主机“" + host + "”不能由社会公众访问", "host " + host + " is not reachable by the public"));
    }
    return java.util.Optional.empty();
  }

  /**
   * The lower-case host of an absolute http(s) address, or null. Parsed by pattern, not with
   * {@code java.net} (the core does no network I/O, and needs none to read an address).
   */
  static String host(String reference) {
    var m = ADDRESS.matcher(reference.strip());
    return m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : null;
  }

  static boolean publicHost(String host) {
    if (host == null || host.equals("localhost") || host.startsWith("[")) {
      return false;   // IPv6 literals: link-local and unique-local are common on intranets; a public site has a name
    }
    var ip = IPV4.matcher(host);
    if (ip.matches()) {
      int a = Integer.parseInt(ip.group(1));
      int b = Integer.parseInt(ip.group(2));
      return !(a == 10 || a == 127 || a == 0 || (a == 172 && b >= 16 && b <= 31) || (a == 192 && b == 168)
          || (a == 169 && b == 254) || (a == 100 && b >= 64 && b <= 127) || a >= 224);
    }
    return host.contains(".") && !host.endsWith(".") && PRIVATE_SUFFIXES.stream().noneMatch(host::endsWith);
  }
}
