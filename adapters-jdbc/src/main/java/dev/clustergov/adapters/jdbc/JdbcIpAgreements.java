package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.application.port.IpAgreements;
import dev.clustergov.core.ip.IpActivity;
import dev.clustergov.core.ip.IpAgreement;
import dev.clustergov.core.ip.IpAgreementId;
import dev.clustergov.core.ip.Ownership;
import dev.clustergov.core.ip.Party;
import dev.clustergov.core.ip.PartyKind;
import dev.clustergov.core.ip.Revision;
import dev.clustergov.core.ip.Signature;
import dev.clustergov.core.ip.Terms;
import dev.clustergov.core.ip.UseRight;
import dev.clustergov.core.organization.OrganizationId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * {@link IpAgreements} in {@code ip_agreement} and its revisions ({@code ip_revision}) with their
 * parties, duties, ownership, use rights, shares and signatures. Loading any number of agreements
 * takes one query per table; saving updates the agreement row under its version and replaces the
 * revisions and their children. Shares are NUMERIC(7,4): exact, never rounded.
 */
final class JdbcIpAgreements implements IpAgreements {
  static final String TYPE = "IpAgreement";
  static final String TABLE = "ip_agreement";

  /** Child tables, children before their parents, the order to delete in. */
  private static final List<String> CHILDREN = List.of(
      "ip_signature", "ip_share", "ip_use_right", "ip_ownership", "ip_duty", "ip_party", "ip_revision");

  private final Transactions tx;

  JdbcIpAgreements(Transactions tx) {
    this.tx = tx;
  }

  private record Row(String id, long version, String organization, String title) {}

  private static final Columns COLUMNS = Columns.of(TABLE, "id", "version", "organization_id", "title");
  private static final String SELECT = COLUMNS.select();

  @Override
  public Optional<IpAgreement> find(IpAgreementId id) {
    return tx.inTransaction(h -> assemble(h, h.createQuery(SELECT + " WHERE id = :id").bind("id", id.value())
        .map((rs, ctx) -> new Row(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4))).list()).stream().findFirst());
  }

  @Override
  public List<IpAgreement> of(OrganizationId organization) {
    return tx.inTransaction(h -> assemble(h, h.createQuery(SELECT + " WHERE organization_id = :o ORDER BY id")
        .bind("o", organization.value())
        .map((rs, ctx) -> new Row(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4))).list()));
  }

  /** The row of {@code a} under {@link #COLUMNS}, with {@code version}: 1 to insert, the version read to update. */
  private static org.jdbi.v3.core.statement.Update bind(org.jdbi.v3.core.statement.Update u, IpAgreement a, long version) {
    return u.bind("id", a.id().value()).bind("version", version).bind("organization_id", a.organization().value())
        .bind("title", a.title());
  }

  @Override
  public IpAgreement save(IpAgreement a) {
    return tx.inWriteTransaction(h -> {
      String id = a.id().value();
      Versioned.save(h, TYPE, TABLE, id, a.version(),
          x -> bind(x.createUpdate(COLUMNS.insert()), a, 1).execute(),
          x -> bind(x.createUpdate(COLUMNS.versionedUpdate()), a, a.version()).execute());
      if (a.version() > 0) {
        for (String table : CHILDREN) {
          h.createUpdate("DELETE FROM " + table + " WHERE agreement_id = :id").bind("id", id).execute();
        }
      }
      insertChildren(h, a);
      return a.withVersion(a.version() + 1);
    });
  }

  private static void insertChildren(Handle h, IpAgreement a) {
    String id = a.id().value();
    LazyBatch revisions = new LazyBatch(h, "INSERT INTO ip_revision (agreement_id, revision, proposed_on) VALUES (:a, :r, :on)");
    LazyBatch parties = new LazyBatch(h, "INSERT INTO ip_party (agreement_id, revision, position, name, kind) VALUES (:a, :r, :p, :name, :kind)");
    LazyBatch duties = new LazyBatch(h, "INSERT INTO ip_duty (agreement_id, revision, activity, position, party_name) VALUES (:a, :r, :act, :p, :name)");
    LazyBatch ownership = new LazyBatch(h, "INSERT INTO ip_ownership (agreement_id, revision, position, owner_position, results, owner_name)"
        + " VALUES (:a, :r, :p, :op, :results, :owner)");
    LazyBatch useRights = new LazyBatch(h, "INSERT INTO ip_use_right (agreement_id, revision, position, holder, scope) VALUES (:a, :r, :p, :holder, :scope)");
    LazyBatch shares = new LazyBatch(h, "INSERT INTO ip_share (agreement_id, revision, position, party_name, percent) VALUES (:a, :r, :p, :name, :percent)");
    LazyBatch signatures = new LazyBatch(h, "INSERT INTO ip_signature (agreement_id, revision, position, party_name, signatory, signed_on)"
        + " VALUES (:a, :r, :p, :name, :signatory, :on)");
    for (Revision rev : a.revisions()) {
      int r = rev.number();
      Terms t = rev.terms();
      revisions.row().bind("a", id).bind("r", r).bind("on", rev.proposedOn()).add();
      int i = 0;
      for (Party p : t.parties()) {
        parties.row().bind("a", id).bind("r", r).bind("p", i++).bind("name", p.name()).bind("kind", p.kind().name()).add();
      }
      for (Map.Entry<IpActivity, SortedSet<String>> e : t.duties().entrySet()) {
        i = 0;
        for (String name : e.getValue()) {
          duties.row().bind("a", id).bind("r", r).bind("act", e.getKey().name()).bind("p", i++).bind("name", name).add();
        }
      }
      i = 0;
      for (Ownership o : t.ownership()) {
        int position = i++;
        if (o.owners().isEmpty()) {
          ownership.row().bind("a", id).bind("r", r).bind("p", position).bind("op", 0).bind("results", o.results())
              .bind("owner", (String) null).add();
        }
        int j = 0;
        for (String owner : o.owners()) {
          ownership.row().bind("a", id).bind("r", r).bind("p", position).bind("op", j++).bind("results", o.results())
              .bind("owner", owner).add();
        }
      }
      i = 0;
      for (UseRight u : t.useRights()) {
        useRights.row().bind("a", id).bind("r", r).bind("p", i++).bind("holder", u.holder()).bind("scope", u.scope()).add();
      }
      i = 0;
      for (Map.Entry<String, BigDecimal> e : t.shares().entrySet()) {
        shares.row().bind("a", id).bind("r", r).bind("p", i++).bind("name", e.getKey()).bind("percent", e.getValue()).add();
      }
      i = 0;
      for (Signature s : rev.signatures()) {
        signatures.row().bind("a", id).bind("r", r).bind("p", i++).bind("name", s.party()).bind("signatory", s.signatory())
            .bind("on", s.on()).add();
      }
    }
    for (LazyBatch rows : List.of(revisions, parties, duties, ownership, useRights, shares, signatures)) {
      rows.execute();
    }
  }

  /** The parts of one revision as read, before they are checked and built. */
  private static final class Parts {
    LocalDate proposedOn;
    final List<Party> parties = new ArrayList<>();
    final Map<IpActivity, SortedSet<String>> duties = new EnumMap<>(IpActivity.class);
    final Map<Integer, String> ownershipResults = new TreeMap<>();
    final Map<Integer, SortedSet<String>> owners = new TreeMap<>();
    final List<UseRight> useRights = new ArrayList<>();
    final TreeMap<String, BigDecimal> shares = new TreeMap<>();
    final List<Signature> signatures = new ArrayList<>();
  }

  private static List<IpAgreement> assemble(Handle h, List<Row> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Problems p = new Problems();
    Map<String, TreeMap<Integer, Parts>> parts = new HashMap<>();
    for (List<String> chunk : Chunks.of(rows.stream().map(Row::id).toList())) {
      query(h, "SELECT agreement_id, revision, proposed_on FROM ip_revision WHERE agreement_id IN (<ids>) ORDER BY agreement_id, revision",
          chunk, rs -> parts.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
              .computeIfAbsent(rs.getInt(2), k -> new Parts()).proposedOn = rs.getObject(3, LocalDate.class));
      query(h, "SELECT agreement_id, revision, name, kind FROM ip_party WHERE agreement_id IN (<ids>) ORDER BY agreement_id, revision, position",
          chunk, rs -> {
            PartyKind kind = p.enumValue("ip_party", rs.getString(1), "kind", PartyKind.class, rs.getString(4));
            String name = rs.getString(3);
            Party party = kind == null ? null : new Party(name, kind);
            part(p, parts, rs.getString(1), rs.getInt(2), "ip_party").ifPresent(x -> x.parties.add(party));
          });
      query(h, "SELECT agreement_id, revision, activity, party_name FROM ip_duty WHERE agreement_id IN (<ids>)"
              + " ORDER BY agreement_id, revision, activity, position",
          chunk, rs -> {
            IpActivity act = p.enumValue("ip_duty", rs.getString(1), "activity", IpActivity.class, rs.getString(3));
            String name = rs.getString(4);
            part(p, parts, rs.getString(1), rs.getInt(2), "ip_duty").ifPresent(x -> {
              if (act != null) {
                x.duties.computeIfAbsent(act, k -> new TreeSet<>()).add(name);
              }
            });
          });
      query(h, "SELECT agreement_id, revision, position, results, owner_name FROM ip_ownership WHERE agreement_id IN (<ids>)"
              + " ORDER BY agreement_id, revision, position, owner_position",
          chunk, rs -> {
            int position = rs.getInt(3);
            String results = rs.getString(4);
            String owner = rs.getString(5);
            part(p, parts, rs.getString(1), rs.getInt(2), "ip_ownership").ifPresent(x -> {
              x.ownershipResults.put(position, results);
              SortedSet<String> set = x.owners.computeIfAbsent(position, k -> new TreeSet<>());
              if (owner != null) {
                set.add(owner);
              }
            });
          });
      query(h, "SELECT agreement_id, revision, holder, scope FROM ip_use_right WHERE agreement_id IN (<ids>)"
              + " ORDER BY agreement_id, revision, position",
          chunk, rs -> {
            UseRight u = new UseRight(rs.getString(3), rs.getString(4));
            part(p, parts, rs.getString(1), rs.getInt(2), "ip_use_right").ifPresent(x -> x.useRights.add(u));
          });
      query(h, "SELECT agreement_id, revision, party_name, percent FROM ip_share WHERE agreement_id IN (<ids>)"
              + " ORDER BY agreement_id, revision, position",
          chunk, rs -> {
            String name = rs.getString(3);
            BigDecimal percent = rs.getBigDecimal(4);
            part(p, parts, rs.getString(1), rs.getInt(2), "ip_share").ifPresent(x -> x.shares.put(name, percent));
          });
      query(h, "SELECT agreement_id, revision, party_name, signatory, signed_on FROM ip_signature WHERE agreement_id IN (<ids>)"
              + " ORDER BY agreement_id, revision, position",
          chunk, rs -> {
            Signature s = new Signature(rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class));
            part(p, parts, rs.getString(1), rs.getInt(2), "ip_signature").ifPresent(x -> x.signatures.add(s));
          });
    }
    p.throwIfAny();
    List<IpAgreement> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      IpAgreementId id = p.identifier(TABLE, r.id(), "id", r.id(), raw -> IpAgreementId.parse("id", raw));
      OrganizationId org = p.identifier(TABLE, r.id(), "organization_id", r.organization(), raw -> OrganizationId.parse("organization_id", raw));
      List<Revision> revisions = new ArrayList<>();
      for (Map.Entry<Integer, Parts> e : parts.getOrDefault(r.id(), new TreeMap<>()).entrySet()) {
        Parts x = e.getValue();
        Revision rev = p.construct("ip_revision", r.id(), () -> {
          List<Ownership> ownership = new ArrayList<>();
          x.ownershipResults.forEach((pos, results) -> ownership.add(new Ownership(results, x.owners.get(pos))));
          Terms t = new Terms(x.parties, x.duties, ownership, x.useRights, x.shares);
          return new Revision(e.getKey(), x.proposedOn, t, x.signatures);
        });
        revisions.add(rev);
      }
      p.throwIfAny();
      out.add(p.construct(TABLE, r.id(), () -> new IpAgreement(id, r.version(), org, r.title(), revisions)));
      p.throwIfAny();
    }
    return out;
  }

  private static Optional<Parts> part(Problems p, Map<String, TreeMap<Integer, Parts>> parts, String agreement, int revision, String table) {
    Parts x = parts.getOrDefault(agreement, new TreeMap<>()).get(revision);
    if (x == null) {
      p.add(table, agreement, "row of revision " + revision + ", which does not exist");
    }
    return Optional.ofNullable(x);
  }

  @FunctionalInterface
  private interface RowReader {
    void read(java.sql.ResultSet rs) throws java.sql.SQLException;
  }

  private static void query(Handle h, String sql, List<String> ids, RowReader reader) {
    h.createQuery(sql).bindList("ids", ids).map((rs, ctx) -> {
      reader.read(rs);
      return 0;
    }).list();
  }

  @Override
  public java.util.Map<OrganizationId, List<IpAgreement>> of(java.util.Set<OrganizationId> organizations) {
    return Bulk.read(tx, organizations, (h, os) -> assemble(h, h.createQuery(SELECT + " WHERE organization_id IN (<os>) ORDER BY id")
        .bindList("os", os).map((rs, ctx) -> new Row(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4))).list()), IpAgreement::organization);
  }
}
