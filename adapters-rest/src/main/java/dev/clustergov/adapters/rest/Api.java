package dev.clustergov.adapters.rest;

import dev.clustergov.adapters.rest.Access.Target;
import dev.clustergov.adapters.rest.Route.Reply;
import dev.clustergov.adapters.rest.Views.OrganizationView;
import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.application.Ports;
import dev.clustergov.core.application.Queries;
import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.cluster.Cluster;
import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The route table (路由表): every resource in the guideline's nouns, the use case or query behind it,
 * and what it may answer, gathered by the guideline's chapters — {@link GeneralRoutes} (Chapter 1 and the
 * service), {@link EstablishmentRoutes} (Chapter 2), {@link ManagementRoutes} (Chapter 3),
 * {@link OperationRoutes} (Chapter 4) and {@link SupervisionRoutes} (Chapter 5). {@link ClustergovServer}
 * registers exactly these routes and {@link OpenApi} documents exactly these. Also the helpers the chapters
 * share: parsing a path or query parameter into a 400 with its name, a refusal into its problem, and the
 * object-level target of a PO route.
 */
final class Api {

  private final Ports ports;
  private final List<Route> routes;

  Api(Clustergov gov, Ports ports, Access access, BooleanSupplier ready, Supplier<java.util.Optional<String>> chainProblem,
      Supplier<java.util.Optional<dev.clustergov.adapters.jdbc.EventChainVerifier.Report>> chainAudit, Supplier<byte[]> openApi,
      Pages pages) {
    this.ports = ports;
    Queries queries = gov.queries();
    List<Route> all = new ArrayList<>();
    all.addAll(new GeneralRoutes(gov, queries, access, ready, chainProblem, chainAudit, openApi, pages, new EventFeed(access, ports)).routes());
    all.addAll(new EstablishmentRoutes(gov, queries, ports, access).routes());
    all.addAll(new ManagementRoutes(gov, queries, ports, access, pages).routes());
    all.addAll(new OperationRoutes(gov, queries, ports).routes());
    all.addAll(new SupervisionRoutes(gov, queries, ports, access).routes());
    all.addAll(new PolicyCaseRoutes(gov, ports).routes());
    all.addAll(new ReportingRoutes(queries, ports, access, gov.ruleBook()).routes());
    all.addAll(new ImportRoutes(gov, ports).routes());
    this.routes = List.copyOf(all);
  }

  List<Route> routes() {
    return routes;
  }

  // --- organization helpers ------------------------------------------------------------------------------

  /** The object-level target of a PO route: the PO, and, lazily, its cluster's region. */
  Target organizationTarget(OrganizationId id, Optional<String> person) {
    Optional<RegionCode> region = ports.organizations().find(id)
        .flatMap(o -> ports.clusters().find(o.cluster())).map(Cluster::region);
    return new Target(Optional.of(id.value()), region, Optional.empty(), person);
  }

  /**
   * The object-level target of a PO route whose condition is {@link Access.Condition#OWN_SUPERVISOR}: the PO and
   * its own supervising authority (as {@code namedAuthority}); empty authority when the PO is not found.
   */
  Target supervisorTarget(OrganizationId id, Optional<String> person) {
    return new Target(Optional.of(id.value()), Optional.empty(),
        ports.organizations().find(id).map(o -> o.authority().value()), person);
  }

  /** A PO as the answer of a write or a read on it, with its version as the ETag. */
  static Reply po(PromotionOrganization o) {
    return Reply.ok(OrganizationView.of(o)).with("ETag", Etags.of(o.version()));
  }

  static OrganizationId orgId(Exchange ex) {
    return id("id", ex.path("id"), OrganizationId::parse);
  }

  // --- parsing helpers: every bad parameter is a 400 with its name -----------------------------------------

  static <T> T done(Either<Refusal, T> result) {
    return result.getOrElseThrow(ApiError::from);
  }

  static <T> T id(String field, String raw, java.util.function.BiFunction<String, String, Validation<Violation, T>> parse) {
    Validation<Violation, T> v = parse.apply(field, raw);
    if (v.isInvalid()) {
      throw ApiError.malformed(List.of(v.getError()));
    }
    return v.get();
  }

  static <T> Optional<T> optional(String raw, java.util.function.Function<String, Validation<Violation, T>> parse, List<Violation> bad) {
    if (raw == null) {
      return Optional.empty();
    }
    var v = parse.apply(raw);
    if (v.isInvalid()) {
      bad.add(v.getError());
      return Optional.empty();
    }
    return Optional.of(v.get());
  }

  static int integer(String field, String raw) {
    return (int) longValue(field, raw, Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  static long longValue(String field, String raw, long min, long max) {
    try {
      long v = Long.parseLong(raw.strip());
      if (v < min || v > max) {
        throw ApiError.malformed(List.of(Violation.of(field, "range", "该项须在" + min + "至" + max + "之间",
            field + " must be between " + min + " and " + max)));
      }
      return v;
    } catch (NumberFormatException e) {
      throw ApiError.malformed(List.of(Violation.of(field, "integer", "该项须为整数", field + " must be an integer")));
    }
  }

  /** A query's from/to, both reported at once when bad; by default the last full year and this one. */
  static dev.clustergov.core.finance.Period period(Exchange ex, LocalDate today) {
    java.util.List<Violation> bad = new java.util.ArrayList<>();
    LocalDate from = LocalDate.of(today.getYear() - 1, 1, 1);
    LocalDate to = today;
    try {
      from = ex.query("from") == null ? from : date("from", ex.query("from"));
    } catch (ApiError e) {
      bad.addAll(e.violations);
    }
    try {
      to = ex.query("to") == null ? to : date("to", ex.query("to"));
    } catch (ApiError e) {
      bad.addAll(e.violations);
    }
    if (bad.isEmpty() && to.isBefore(from)) {
      bad.add(Violation.of("to", "range", "截止日期不得早于起始日期", "to must not be before from"));
    }
    if (!bad.isEmpty()) {
      throw ApiError.malformed(bad);
    }
    return new dev.clustergov.core.finance.Period(from, to);
  }

  static LocalDate date(String field, String raw) {
    try {
      return LocalDate.parse(raw.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw ApiError.malformed(List.of(Violation.of(field, "date", dev.clustergov.core.kernel.Parsing.DATE_ZH,
          field + " must be " + dev.clustergov.core.kernel.Parsing.DATE_EN)));
    }
  }

  static OptionalLong none() {
    return OptionalLong.empty();
  }
}
