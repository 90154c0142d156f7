package dev.clustergov.core.application;

import dev.clustergov.core.application.port.Authorities;
import dev.clustergov.core.application.port.Clock;
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
    EventLog events, Clock clock, IdSource ids, UnitOfWork unitOfWork,
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
}
