package dev.clustergov.core.application;

import dev.clustergov.core.application.port.Authorities;
import dev.clustergov.core.application.port.TimeSource;
import dev.clustergov.core.application.port.Clusters;
import dev.clustergov.core.application.port.Disputes;
import dev.clustergov.core.application.port.DisclosureObligations;
import dev.clustergov.core.application.port.Disclosures;
import dev.clustergov.core.application.port.Evaluations;
import dev.clustergov.core.application.port.Evaluators;
import dev.clustergov.core.application.port.EventLog;
import dev.clustergov.core.application.port.FeeSchedules;
import dev.clustergov.core.application.port.IdSource;
import dev.clustergov.core.application.port.IncentiveAwards;
import dev.clustergov.core.application.port.Inspections;
import dev.clustergov.core.application.port.IpAgreements;
import dev.clustergov.core.application.port.Ledger;
import dev.clustergov.core.application.port.Memberships;
import dev.clustergov.core.application.port.Organizations;
import dev.clustergov.core.application.port.Platforms;
import dev.clustergov.core.application.port.PolicyPacks;
import dev.clustergov.core.application.port.ServiceActivities;
import dev.clustergov.core.application.port.Sanctions;
import dev.clustergov.core.application.port.SelfDiscipline;
import dev.clustergov.core.application.port.UnitOfWork;
import java.util.Objects;

/** The driven ports a host hands to the use cases, in one value (端口集合). */
public record Ports(
    Clusters clusters, Authorities authorities, Organizations organizations, PolicyPacks policyPacks,
    EventLog events, TimeSource clock, IdSource ids, UnitOfWork unitOfWork,
    Disputes disputes, IpAgreements ipAgreements,
    Disclosures disclosures, DisclosureObligations disclosureObligations,
    Ledger ledger, FeeSchedules feeSchedules,
    Memberships memberships, Platforms platforms, ServiceActivities activities,
    Inspections inspections, SelfDiscipline selfDiscipline, Sanctions sanctions,
    IncentiveAwards incentiveAwards,
    Evaluators evaluators, Evaluations evaluations) {

  public Ports {
    Objects.requireNonNull(clusters, "clusters");
    Objects.requireNonNull(authorities, "authorities");
    Objects.requireNonNull(organizations, "organizations");
    Objects.requireNonNull(policyPacks, "policyPacks");
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(ids, "ids");
    Objects.requireNonNull(unitOfWork, "unitOfWork");
    Objects.requireNonNull(disputes, "disputes");
    Objects.requireNonNull(ipAgreements, "ipAgreements");
    Objects.requireNonNull(disclosures, "disclosures");
    Objects.requireNonNull(disclosureObligations, "disclosureObligations");
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(feeSchedules, "feeSchedules");
    Objects.requireNonNull(memberships, "memberships");
    Objects.requireNonNull(platforms, "platforms");
    Objects.requireNonNull(activities, "activities");
    Objects.requireNonNull(inspections, "inspections");
    Objects.requireNonNull(selfDiscipline, "selfDiscipline");
    Objects.requireNonNull(sanctions, "sanctions");
    Objects.requireNonNull(incentiveAwards, "incentiveAwards");
    Objects.requireNonNull(evaluators, "evaluators");
    Objects.requireNonNull(evaluations, "evaluations");
  }

  /** A builder that names each port, for hosts that wire them one by one: {@code Ports.builder().clusters(c)…build()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these ports, to replace some of them (a decorated event log, a test clock). */
  public Builder toBuilder() {
    return new Builder().clusters(clusters).authorities(authorities).organizations(organizations).policyPacks(policyPacks).events(events).clock(clock).ids(ids).unitOfWork(unitOfWork).disputes(disputes).ipAgreements(ipAgreements).disclosures(disclosures).disclosureObligations(disclosureObligations).ledger(ledger).feeSchedules(feeSchedules).memberships(memberships).platforms(platforms).activities(activities).inspections(inspections).selfDiscipline(selfDiscipline).sanctions(sanctions).incentiveAwards(incentiveAwards).evaluators(evaluators).evaluations(evaluations);
  }

  /** Builds {@link Ports} by name; {@link #build()} names every port not given, all at once. */
  public static final class Builder {
    private Clusters clusters;
    private Authorities authorities;
    private Organizations organizations;
    private PolicyPacks policyPacks;
    private EventLog events;
    private TimeSource clock;
    private IdSource ids;
    private UnitOfWork unitOfWork;
    private Disputes disputes;
    private IpAgreements ipAgreements;
    private Disclosures disclosures;
    private DisclosureObligations disclosureObligations;
    private Ledger ledger;
    private FeeSchedules feeSchedules;
    private Memberships memberships;
    private Platforms platforms;
    private ServiceActivities activities;
    private Inspections inspections;
    private SelfDiscipline selfDiscipline;
    private Sanctions sanctions;
    private IncentiveAwards incentiveAwards;
    private Evaluators evaluators;
    private Evaluations evaluations;

    private Builder() {}

    public Builder clusters(Clusters clusters) {
      this.clusters = clusters;
      return this;
    }

    public Builder authorities(Authorities authorities) {
      this.authorities = authorities;
      return this;
    }

    public Builder organizations(Organizations organizations) {
      this.organizations = organizations;
      return this;
    }

    public Builder policyPacks(PolicyPacks policyPacks) {
      this.policyPacks = policyPacks;
      return this;
    }

    public Builder events(EventLog events) {
      this.events = events;
      return this;
    }

    public Builder clock(TimeSource clock) {
      this.clock = clock;
      return this;
    }

    public Builder ids(IdSource ids) {
      this.ids = ids;
      return this;
    }

    public Builder unitOfWork(UnitOfWork unitOfWork) {
      this.unitOfWork = unitOfWork;
      return this;
    }

    public Builder disputes(Disputes disputes) {
      this.disputes = disputes;
      return this;
    }

    public Builder ipAgreements(IpAgreements ipAgreements) {
      this.ipAgreements = ipAgreements;
      return this;
    }

    public Builder disclosures(Disclosures disclosures) {
      this.disclosures = disclosures;
      return this;
    }

    public Builder disclosureObligations(DisclosureObligations disclosureObligations) {
      this.disclosureObligations = disclosureObligations;
      return this;
    }

    public Builder ledger(Ledger ledger) {
      this.ledger = ledger;
      return this;
    }

    public Builder feeSchedules(FeeSchedules feeSchedules) {
      this.feeSchedules = feeSchedules;
      return this;
    }

    public Builder memberships(Memberships memberships) {
      this.memberships = memberships;
      return this;
    }

    public Builder platforms(Platforms platforms) {
      this.platforms = platforms;
      return this;
    }

    public Builder activities(ServiceActivities activities) {
      this.activities = activities;
      return this;
    }

    public Builder inspections(Inspections inspections) {
      this.inspections = inspections;
      return this;
    }

    public Builder selfDiscipline(SelfDiscipline selfDiscipline) {
      this.selfDiscipline = selfDiscipline;
      return this;
    }

    public Builder sanctions(Sanctions sanctions) {
      this.sanctions = sanctions;
      return this;
    }

    public Builder incentiveAwards(IncentiveAwards incentiveAwards) {
      this.incentiveAwards = incentiveAwards;
      return this;
    }

    public Builder evaluators(Evaluators evaluators) {
      this.evaluators = evaluators;
      return this;
    }

    public Builder evaluations(Evaluations evaluations) {
      this.evaluations = evaluations;
      return this;
    }

    /** The ports; refused, naming every missing one, when any is not given. */
    public Ports build() {
      java.util.List<String> missing = new java.util.ArrayList<>();
      if (clusters == null) {
        missing.add("clusters");
      }
      if (authorities == null) {
        missing.add("authorities");
      }
      if (organizations == null) {
        missing.add("organizations");
      }
      if (policyPacks == null) {
        missing.add("policyPacks");
      }
      if (events == null) {
        missing.add("events");
      }
      if (clock == null) {
        missing.add("clock");
      }
      if (ids == null) {
        missing.add("ids");
      }
      if (unitOfWork == null) {
        missing.add("unitOfWork");
      }
      if (disputes == null) {
        missing.add("disputes");
      }
      if (ipAgreements == null) {
        missing.add("ipAgreements");
      }
      if (disclosures == null) {
        missing.add("disclosures");
      }
      if (disclosureObligations == null) {
        missing.add("disclosureObligations");
      }
      if (ledger == null) {
        missing.add("ledger");
      }
      if (feeSchedules == null) {
        missing.add("feeSchedules");
      }
      if (memberships == null) {
        missing.add("memberships");
      }
      if (platforms == null) {
        missing.add("platforms");
      }
      if (activities == null) {
        missing.add("activities");
      }
      if (inspections == null) {
        missing.add("inspections");
      }
      if (selfDiscipline == null) {
        missing.add("selfDiscipline");
      }
      if (sanctions == null) {
        missing.add("sanctions");
      }
      if (incentiveAwards == null) {
        missing.add("incentiveAwards");
      }
      if (evaluators == null) {
        missing.add("evaluators");
      }
      if (evaluations == null) {
        missing.add("evaluations");
      }
      if (!missing.isEmpty()) {
        throw new IllegalStateException("ports not given: " + String.join(", ", missing));
      }
      return new Ports(clusters, authorities, organizations, policyPacks, events, clock, ids, unitOfWork, disputes, ipAgreements, disclosures, disclosureObligations, ledger, feeSchedules, memberships, platforms, activities, inspections, selfDiscipline, sanctions, incentiveAwards, evaluators, evaluations);
    }
  }
}
