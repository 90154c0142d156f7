package dev.clustergov.core.application;

import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.supervision.AuthorityId;
import dev.clustergov.core.supervision.EvaluatorId;
import java.util.Objects;

/**
 * Who acts (行为主体), for which party and in which capacity: every command is decided with its actor,
 * its guards may refuse it for who is acting (Art.6 and Art.26 for an authority's scope, Art.15 for who
 * raises a dispute, Art.16 for who signs), and every event it records names it.
 *
 * <p>A host that authenticates its own users acts through {@link Clustergov#as(Actor)} with the actor it
 * authenticated; the REST server does so for every request. {@link Host} is the embedding system acting
 * in its own right (a provincial platform's batch import, the demo loader): it vouches for the party of
 * each command itself, and the events say so.
 */
public sealed interface Actor {

  /** 主管部门: an industry and information technology department acting for itself. */
  public record Authority(AuthorityId id) implements Actor {
    public Authority {
      Objects.requireNonNull(id, "id");
    }

    @Override
    public String label() {
      return "authority:" + id.value();
    }
  }

  /** 第三方评价机构: a registered evaluator acting for itself (Art.28). */
  public record Evaluator(EvaluatorId id) implements Actor {
    public Evaluator {
      Objects.requireNonNull(id, "id");
    }

    @Override
    public String label() {
      return "evaluator:" + id.value();
    }
  }

  /** 秘书处: the execution layer of one PO (Art.8(2).4), acting for that PO. */
  public record Secretariat(OrganizationId organization) implements Actor {
    public Secretariat {
      Objects.requireNonNull(organization, "organization");
    }

    @Override
    public String label() {
      return "secretariat:" + organization.value();
    }
  }

  /**
   * 会员: one member of one PO acting for itself, known in it by {@code name}: the name it signs and
   * raises disputes with, or the id of its membership (成员单位, Art.17), whose registered name it then
   * acts under.
   */
  public record Member(OrganizationId organization, String name) implements Actor {
    public Member {
      Objects.requireNonNull(organization, "organization");
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("a member acts under its own name");
      }
    }

    @Override
    public String label() {
      return "member:" + organization.value() + "/" + name;
    }
  }

  /** 公众: anyone, unauthenticated; it reads what is public and decides nothing. */
  public record Public() implements Actor {
    @Override
    public String label() {
      return "public";
    }
  }

  /** 宿主系统: the embedding system itself, which vouches for each command's party (see the type's note). */
  public record Host(String system) implements Actor {
    public Host {
      if (system == null || system.isBlank()) {
        throw new IllegalArgumentException("a host names itself");
      }
    }

    @Override
    public String label() {
      return "host:" + system;
    }
  }

  /** The embedding system when it names no other: what {@link Clustergov#using} acts as. */
  public Actor HOST = new Host("host");

  public Actor PUBLIC = new Public();

  /** How events and logs name the actor: {@code authority:<id>}, {@code secretariat:<PO id>}, … */
  public String label();

  /** Whether this actor is the PO's own secretariat or a member of it. */
  public default boolean belongsTo(OrganizationId organization) {
    return this instanceof Secretariat s && s.organization().equals(organization)
        || this instanceof Member m && m.organization().equals(organization);
  }
}
