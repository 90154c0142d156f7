package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.application.port.Disclosures;
import dev.clustergov.core.disclosure.Channel;
import dev.clustergov.core.disclosure.ChannelKind;
import dev.clustergov.core.disclosure.Disclosure;
import dev.clustergov.core.disclosure.DisclosureId;
import dev.clustergov.core.disclosure.DisclosureKind;
import dev.clustergov.core.disclosure.DisclosureObligationId;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.supervision.AuthorityId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jdbi.v3.core.statement.Update;

/** {@link Disclosures} in the table {@code disclosure}. */
final class JdbcDisclosures implements Disclosures {
  static final String TABLE = "disclosure";
  private static final Columns COLUMNS = Columns.of(TABLE, "id", "version", "organization_id", "kind", "report_year",
      "obligation_id", "published_on", "channel_kind", "channel_reference", "title");

  private final Transactions tx;

  JdbcDisclosures(Transactions tx) {
    this.tx = tx;
  }

  @Override
  public Optional<Disclosure> find(DisclosureId id) {
    return tx.inTransaction(h -> h.createQuery(COLUMNS.select() + " WHERE id = :id")
        .bind("id", id.value())
        .map((rs, ctx) -> read(rs))
        .findOne());
  }

  @Override
  public Disclosure save(Disclosure d) {
    return tx.inWriteTransaction(h -> {
      Versioned.save(h, "Disclosure", TABLE, d.id().value(), d.version(),
          x -> bind(x.createUpdate(COLUMNS.insert()), d, 1).execute(),
          x -> bind(x.createUpdate(COLUMNS.versionedUpdate()), d, d.version()).execute());
      return d.withVersion(d.version() + 1);
    });
  }

  /** The row of {@code d} under {@link #COLUMNS}, with {@code version}: 1 to insert, the version read to update. */
  private static Update bind(Update u, Disclosure d, long version) {
    return u.bind("id", d.id().value())
        .bind("version", version)
        .bind("organization_id", d.organization().value())
        .bind("kind", d.kind().name())
        .bind("report_year", d.year().isPresent() ? Integer.valueOf(d.year().getAsInt()) : null)
        .bind("obligation_id", d.obligation().map(DisclosureObligationId::value).orElse(null))
        .bind("published_on", d.publishedOn())
        .bind("channel_kind", d.channel().kind().name())
        .bind("channel_reference", d.channel().reference())
        .bind("title", d.title());
  }

  @Override
  public List<Disclosure> ofOrganization(OrganizationId organization) {
    return tx.inTransaction(h -> h.createQuery(COLUMNS.select() + " WHERE organization_id = :organization"
            + " ORDER BY published_on, id")
        .bind("organization", organization.value())
        .map((rs, ctx) -> read(rs))
        .list());
  }

  @Override
  public List<Disclosure> ofAuthority(AuthorityId authority, DisclosureKind kind) {
    return tx.inTransaction(h -> h.createQuery("SELECT " + qualified("d") + " FROM organization o"
            + " JOIN disclosure d ON d.organization_id = o.id"
            + " WHERE o.authority_id = :authority AND d.kind = :kind ORDER BY d.organization_id, d.published_on, d.id")
        .bind("authority", authority.value())
        .bind("kind", kind.name())
        .map((rs, ctx) -> read(rs))
        .list());
  }

  private static String qualified(String alias) {
    return COLUMNS.list(alias);
  }

  private static Disclosure read(ResultSet rs) throws SQLException {
    String key = rs.getString("id");
    Problems p = new Problems();
    DisclosureId id = p.identifier(TABLE, key, "id", key, raw -> DisclosureId.parse("id", raw));
    OrganizationId organization = p.identifier(TABLE, key, "organization_id", rs.getString("organization_id"),
        raw -> OrganizationId.parse("organization_id", raw));
    DisclosureKind kind = p.enumValue(TABLE, key, "kind", DisclosureKind.class, rs.getString("kind"));
    int rawYear = rs.getInt("report_year");
    OptionalInt year = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(rawYear);
    String rawObligation = rs.getString("obligation_id");
    Optional<DisclosureObligationId> obligation = rawObligation == null ? Optional.empty()
        : Optional.ofNullable(p.identifier(TABLE, key, "obligation_id", rawObligation, raw -> DisclosureObligationId.parse("obligation_id", raw)));
    LocalDate publishedOn = rs.getObject("published_on", LocalDate.class);
    ChannelKind channelKind = p.enumValue(TABLE, key, "channel_kind", ChannelKind.class, rs.getString("channel_kind"));
    String reference = rs.getString("channel_reference");
    String title = rs.getString("title");
    long version = rs.getLong("version");
    p.throwIfAny();
    Channel channel = p.construct(TABLE, key, () -> new Channel(channelKind, reference));
    p.throwIfAny();
    Disclosure d = p.construct(TABLE, key, () -> new Disclosure(id, version, organization, kind, year, obligation, publishedOn, channel, title));
    p.throwIfAny();
    return d;
  }

  @Override
  public java.util.Map<OrganizationId, List<Disclosure>> ofOrganization(java.util.Set<OrganizationId> organizations) {
    return Bulk.read(tx, organizations, (h, os) -> h.createQuery(COLUMNS.select() + " WHERE organization_id IN (<os>)"
        + " ORDER BY published_on, id").bindList("os", os).map((rs, ctx) -> read(rs)).list(), Disclosure::organization);
  }
}
