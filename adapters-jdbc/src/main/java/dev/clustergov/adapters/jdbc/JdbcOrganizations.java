package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.application.port.ConcurrencyConflict;
import dev.clustergov.core.application.port.KeyedProposal;
import dev.clustergov.core.application.port.OrganizationQuery;
import dev.clustergov.core.application.port.Organizations;
import dev.clustergov.core.cluster.ClusterId;
import dev.clustergov.core.finance.AccountHolder;
import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.organization.ImmutablePromotionOrganization;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

/**
 * {@link Organizations} in the table {@code organization} (scalar fields, {@link OrganizationRow}) and eleven child
 * tables (founders, consortium components, charter scope items and consents, equipment, staff, management systems,
 * income sources, governance bodies, their seats and the seats' expert fields: {@link OrganizationChildren}); the
 * lookups that read ids and counts are {@link OrganizationQueries}.
 *
 * <p>Loading any number of POs — one by id, or a page of a listing — takes one query for the
 * organization rows and one per child table for all of them, never one per child row. Saving
 * updates the organization row under its version, then replaces the children (delete, then one
 * batch insert per table, {@link OrganizationChildWrites}) in the same transaction.
 */
final class JdbcOrganizations implements Organizations {
  static final String TYPE = "PromotionOrganization";
  static final String TABLE = OrganizationRow.TABLE;

  /** How many POs {@link #find} keeps, the most recently read first (decision 0340). */
  static final int RECENT = 256;

  private final Transactions tx;
  private final OrganizationQueries queries;
  /**
   * POs as committed, by id, each at the version it was read: a PO's version changes with every save of it and of
   * any of its children, so a cached PO whose version is the stored one is the stored PO (decision 0340).
   */
  private final Map<String, PromotionOrganization> recent = Collections.synchronizedMap(
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PromotionOrganization> eldest) {
          return size() > RECENT;
        }
      });

  JdbcOrganizations(Transactions tx) {
    this.tx = tx;
    this.queries = new OrganizationQueries(tx);
  }

  // ---------------------------------------------------------------- reading

  /**
   * One query for the stored version; the children (eleven queries) only when the PO read last at that version is
   * not kept. Only a PO read outside a unit of work is kept: inside one it may be the unit's own, not yet committed.
   */
  @Override
  public Optional<PromotionOrganization> find(OrganizationId id) {
    // a copy is kept only of what was committed: never of a PO this unit of work has written, which may roll back
    boolean committed = tx.readsCommitted(id.value());
    return tx.inTransaction(h -> {
      // the version query pays only when there is a copy to reuse: a PO not read before costs its
      // twelve queries, no more (JdbcScaleTest)
      PromotionOrganization known = recent.get(id.value());
      if (known != null) {
        Optional<Long> version = h.createQuery("SELECT version FROM organization WHERE id = :id")
            .bind("id", id.value())
            .mapTo(Long.class)
            .findOne();
        if (version.isEmpty()) {
          recent.remove(id.value());
          return Optional.<PromotionOrganization>empty();
        }
        if (known.version() == version.get()) {
          return Optional.of(known);
        }
      }
      List<OrganizationRow> rows = h.createQuery(OrganizationRow.COLUMNS.select() + " WHERE id = :id")
          .bind("id", id.value())
          .map(OrganizationRow::map)
          .list();
      Optional<PromotionOrganization> found = assemble(h, rows).stream().findFirst();
      if (committed) {
        found.ifPresent(o -> recent.put(o.id().value(), o));
      }
      return found;
    });
  }

  /**
   * PostgreSQL answers each statement over a round trip, some thirty a page, whatever the page's size: pages of
   * {@link OrganizationQuery#MAX_LIMIT} read the registry in an eighth of the statements of pages of 64. H2, in the
   * process, keeps pages of 64: it checks an {@code IN} list against every bound id for each row (decisions 0330, 0575).
   */
  @Override
  public int registryPage() {
    return tx.dialect() == JdbcClustergov.Dialect.POSTGRESQL ? OrganizationQuery.MAX_LIMIT : Organizations.super.registryPage();
  }

  @Override
  public List<PromotionOrganization> list(OrganizationQuery q) {
    StringBuilder sql = new StringBuilder(OrganizationRow.COLUMNS.select() + " WHERE 1 = 1");
    q.cluster().ifPresent(c -> sql.append(" AND cluster_id = :cluster"));
    q.authority().ifPresent(a -> sql.append(" AND authority_id = :authority"));
    q.stage().ifPresent(s -> sql.append(" AND stage = :stage"));
    q.after().ifPresent(a -> sql.append(" AND id > :after"));
    sql.append(" ORDER BY id LIMIT :limit");
    return tx.inTransaction(h -> {
      Query query = h.createQuery(sql.toString()).bind("limit", q.limit());
      q.cluster().ifPresent(c -> query.bind("cluster", c.value()));
      q.authority().ifPresent(a -> query.bind("authority", a.value()));
      q.stage().ifPresent(s -> query.bind("stage", s.name()));
      q.after().ifPresent(a -> query.bind("after", a.value()));
      List<OrganizationRow> rows = query.map(OrganizationRow::map).list();
      // a page with no filter holds every PO of its range of ids: its children are a range scan, not an IN list
      boolean whole = q.cluster().isEmpty() && q.authority().isEmpty() && q.stage().isEmpty();
      return whole && !rows.isEmpty()
          ? assemble(rows, OrganizationChildren.loadRange(h, rows.get(0).id(), rows.get(rows.size() - 1).id()))
          : assemble(h, rows);
    });
  }

  /** The organizations of {@code rows}, in their order, with their children: one query per child table. */
  private static List<PromotionOrganization> assemble(Handle h, List<OrganizationRow> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    return assemble(rows, OrganizationChildren.load(h, rows.stream().map(OrganizationRow::id).toList()));
  }

  private static List<PromotionOrganization> assemble(List<OrganizationRow> rows, OrganizationChildren children) {
    List<PromotionOrganization> result = new ArrayList<>(rows.size());
    for (OrganizationRow row : rows) {
      result.add(row.toOrganization(children));
    }
    return result;
  }

  @Override
  public int countInCluster(ClusterId cluster, LifecycleStage stage, OrganizationId except) {
    return queries.countInCluster(cluster, stage, except);
  }

  @Override
  public List<AccountHolder> accountHolders(String raw) {
    return queries.accountHolders(raw);
  }

  @Override
  public Map<String, List<AccountHolder>> accountHolders(Set<String> numbers) {
    return queries.accountHolders(numbers);
  }

  @Override
  public Optional<KeyedProposal> proposedUnder(String key) {
    return queries.proposedUnder(key);
  }

  @Override
  public void keep(KeyedProposal proposal) {
    queries.keep(proposal);
  }

  @Override
  public List<OrganizationId> holdingCreditCode(CreditCode code) {
    return queries.holdingCreditCode(code);
  }

  @Override
  public Map<ClusterId, List<OrganizationId>> inClusters(Set<ClusterId> clusters, LifecycleStage stage) {
    return queries.inClusters(clusters, stage);
  }

  // ---------------------------------------------------------------- writing

  @Override
  public PromotionOrganization save(PromotionOrganization o) {
    return tx.inWriteTransaction(h -> {
      String id = o.id().value();
      tx.wrote(id);
      Versioned.save(h, TYPE, TABLE, id, o.version(),
          x -> OrganizationRow.of(o, 1).bind(x.createUpdate(OrganizationRow.COLUMNS.insert())).execute(),
          x -> update(x, o));
      if (o.version() > 0) {
        OrganizationChildWrites.delete(h, List.of(id));
      }
      OrganizationChildWrites.insert(h, List.of(o));
      return ImmutablePromotionOrganization.copyOf(o).withVersion(o.version() + 1);
    });
  }

  /** The row of a stored PO, under the version read: 0 when that version is no longer the stored one. */
  private static int update(Handle h, PromotionOrganization o) {
    return OrganizationRow.of(o, o.version()).bind(h.createUpdate(OrganizationRow.COLUMNS.versionedUpdate())).execute();
  }

  /**
   * Saves many POs in one transaction: new ones with one batch insert per table, stored ones each
   * under its version, all children with one batch per table. A conflict on any refuses them all.
   */
  List<PromotionOrganization> saveAll(Collection<? extends PromotionOrganization> organizations) {
    List<PromotionOrganization> all = List.copyOf(organizations);
    Set<OrganizationId> distinct = new HashSet<>();
    for (PromotionOrganization o : all) {
      if (!distinct.add(o.id())) {
        throw new IllegalArgumentException("the same organization twice: " + o.id());
      }
    }
    if (all.isEmpty()) {
      return List.of();
    }
    return tx.inWriteTransaction(h -> {
      all.forEach(o -> tx.wrote(o.id().value()));
      List<PromotionOrganization> fresh = all.stream().filter(o -> o.version() == 0).toList();
      List<PromotionOrganization> stored = all.stream().filter(o -> o.version() > 0).toList();
      if (!fresh.isEmpty()) {
        insertNew(h, fresh);
      }
      for (PromotionOrganization o : stored) {
        if (update(h, o) == 0) {
          throw new ConcurrencyConflict(TYPE, o.id().value(), o.version(), Versioned.stored(h, TABLE, o.id().value()));
        }
      }
      if (!stored.isEmpty()) {
        OrganizationChildWrites.delete(h, stored.stream().map(o -> o.id().value()).toList());
      }
      OrganizationChildWrites.insert(h, all);
      List<PromotionOrganization> saved = new ArrayList<>(all.size());
      for (PromotionOrganization o : all) {
        saved.add(ImmutablePromotionOrganization.copyOf(o).withVersion(o.version() + 1));
      }
      return saved;
    });
  }

  private static void insertNew(Handle h, List<PromotionOrganization> fresh) {
    String savepoint = "clustergov_insert_all";
    h.savepoint(savepoint);
    try {
      PreparedBatch batch = h.prepareBatch(OrganizationRow.COLUMNS.insert());
      for (PromotionOrganization o : fresh) {
        OrganizationRow.of(o, 1).bind(batch).add();
      }
      batch.execute();
    } catch (RuntimeException e) {
      if (!Transactions.isUniqueViolation(e)) {
        throw e;
      }
      h.rollbackToSavepoint(savepoint);
      for (PromotionOrganization o : fresh) {
        long version = Versioned.stored(h, TABLE, o.id().value());
        if (version != 0) {
          throw new ConcurrencyConflict(TYPE, o.id().value(), 0, version);
        }
      }
      throw e;
    }
    h.releaseSavepoint(savepoint);
  }
}
