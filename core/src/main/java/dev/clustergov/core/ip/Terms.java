package dev.clustergov.core.ip;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What an IP agreement says (协议条款, Art.16): its parties; who carries duties in creating,
 * protecting and using IP; who owns which results; who may use them; and how the benefits are
 * shared, as exact percentages (scale 4). Whether the terms are what Art.16 asks is checked by the
 * use cases, which cite the clause; this value only keeps itself well-formed.
 */
public record Terms(
    List<Party> parties, Map<IpActivity, SortedSet<String>> duties, List<Ownership> ownership,
    List<UseRight> useRights, SortedMap<String, BigDecimal> shares) {

  /** Benefit shares are percentages with this scale: 33.3333 %. */
  public static final int SHARE_SCALE = 4;

  public Terms {
    parties = List.copyOf(parties);
    if (parties.stream().map(Party::name).distinct().count() != parties.size()) {
      throw new IllegalArgumentException("parties must have distinct names");
    }
    Map<IpActivity, SortedSet<String>> d = new EnumMap<>(IpActivity.class);
    duties.forEach((k, v) -> d.put(k, Collections.unmodifiableSortedSet(new TreeSet<>(v))));
    duties = Collections.unmodifiableMap(d);
    ownership = List.copyOf(ownership);
    useRights = List.copyOf(useRights);
    SortedMap<String, BigDecimal> s = new TreeMap<>();
    shares.forEach((k, v) -> s.put(Objects.requireNonNull(k), v.setScale(SHARE_SCALE)));
    shares = Collections.unmodifiableSortedMap(s);
  }

  public SortedSet<String> partyNames() {
    return parties.stream().map(Party::name).collect(Collectors.toCollection(TreeSet::new));
  }

  public List<Party> ofKind(PartyKind kind) {
    return parties.stream().filter(p -> p.kind() == kind).toList();
  }

  /** The sum of the benefit shares, exactly. */
  public BigDecimal shareSum() {
    return shares.values().stream().reduce(BigDecimal.ZERO.setScale(SHARE_SCALE), BigDecimal::add);
  }
}
