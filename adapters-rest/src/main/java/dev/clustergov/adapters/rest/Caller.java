package dev.clustergov.adapters.rest;

import java.util.Objects;

/**
 * Who is calling (调用方): a role and its scope, from the bearer token; no token is the public.
 *
 * @param id the authority's or evaluator's id, or the PO's id for a secretariat or a member
 * @param member the member's id within the PO (a person id), for a member only
 */
record Caller(Role role, String id, String member) {

  enum Role {
    /** 主管部门: its id; acts within its jurisdiction. */
    AUTHORITY,
    /** 第三方评价机构: its id; reads and evaluates the POs it is engaged for (Art.28, decision 0380). */
    EVALUATOR,
    /** 秘书处: the executive office of one PO. */
    SECRETARIAT,
    /** 会员: one member of one PO. */
    MEMBER,
    /** 公众: no token. */
    PUBLIC
  }

  static final Caller PUBLIC = new Caller(Role.PUBLIC, null, null);

  Caller {
    Objects.requireNonNull(role, "role");
    if (role != Role.PUBLIC && (id == null || id.isBlank())) {
      throw new IllegalArgumentException(role + " needs a scope id");
    }
    if (role == Role.MEMBER && (member == null || member.isBlank())) {
      throw new IllegalArgumentException("a member needs a member id");
    }
  }

  /** The caller as the core's actor: every command a request runs is decided with it (Art.6, 15, 16, 26). */
  dev.clustergov.core.application.Actor actor() {
    return switch (role) {
      case AUTHORITY -> new dev.clustergov.core.application.Actor.Authority(new dev.clustergov.core.supervision.AuthorityId(id));
      case EVALUATOR -> new dev.clustergov.core.application.Actor.Evaluator(new dev.clustergov.core.supervision.EvaluatorId(id));
      case SECRETARIAT -> new dev.clustergov.core.application.Actor.Secretariat(new dev.clustergov.core.organization.OrganizationId(id));
      case MEMBER -> new dev.clustergov.core.application.Actor.Member(new dev.clustergov.core.organization.OrganizationId(id), member);
      case PUBLIC -> dev.clustergov.core.application.Actor.PUBLIC;
    };
  }

  /** For logs and tests; never the token. */
  @Override
  public String toString() {
    return role == Role.PUBLIC ? "public" : role.name().toLowerCase(java.util.Locale.ROOT) + ":" + id + (member == null ? "" : "/" + member);
  }
}
