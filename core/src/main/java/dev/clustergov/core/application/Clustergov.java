package dev.clustergov.core.application;

import dev.clustergov.core.application.establishment.AmendCharter;
import dev.clustergov.core.application.establishment.AmendFoundingApplication;
import dev.clustergov.core.application.establishment.AppointToBody;
import dev.clustergov.core.application.establishment.ChangeLegalRepresentative;
import dev.clustergov.core.application.establishment.ChangeRegisteredCapital;
import dev.clustergov.core.application.establishment.CheckEstablishment;
import dev.clustergov.core.application.establishment.EstablishOrganization;
import dev.clustergov.core.application.establishment.ProposeOrganization;
import dev.clustergov.core.application.establishment.RemoveFromBody;
import dev.clustergov.core.application.general.CheckRecognition;
import dev.clustergov.core.application.general.DissolveOrganization;
import dev.clustergov.core.application.general.RecogniseOrganization;
import dev.clustergov.core.application.general.RegisterAuthority;
import dev.clustergov.core.application.general.RegisterCluster;
import dev.clustergov.core.application.general.ReinstateOrganization;
import dev.clustergov.core.application.general.RevokeRecognition;
import dev.clustergov.core.application.general.SuspendOrganization;
import dev.clustergov.core.application.internal.Context;
import dev.clustergov.core.application.management.AdoptManagementSystem;
import dev.clustergov.core.application.management.AmendIpAgreement;
import dev.clustergov.core.application.management.ChangeBankAccount;
import dev.clustergov.core.application.management.DraftIpAgreement;
import dev.clustergov.core.application.management.HireStaff;
import dev.clustergov.core.application.management.PublishDisclosure;
import dev.clustergov.core.application.management.PublishFeeSchedule;
import dev.clustergov.core.application.management.RaiseDispute;
import dev.clustergov.core.application.management.RecordCharge;
import dev.clustergov.core.application.management.RecordDisputeStep;
import dev.clustergov.core.application.management.RecordExpenditure;
import dev.clustergov.core.application.management.RecordIncome;
import dev.clustergov.core.application.management.ReviseManagementSystem;
import dev.clustergov.core.application.management.SignIpAgreement;
import dev.clustergov.core.application.operation.AdmitMember;
import dev.clustergov.core.application.operation.ChangePlatformOpenness;
import dev.clustergov.core.application.operation.RecordMemberLeaving;
import dev.clustergov.core.application.operation.RecordServiceActivity;
import dev.clustergov.core.application.operation.RegisterPlatform;
import dev.clustergov.core.application.supervision.AdoptSelfDisciplineMeasure;
import dev.clustergov.core.application.supervision.ComputeIncentive;
import dev.clustergov.core.application.supervision.DeclareEvaluatorTie;
import dev.clustergov.core.application.supervision.EndEngagement;
import dev.clustergov.core.application.supervision.EngageEvaluator;
import dev.clustergov.core.application.supervision.GrantIncentive;
import dev.clustergov.core.application.supervision.ImposeSanction;
import dev.clustergov.core.application.supervision.LiftSanction;
import dev.clustergov.core.application.supervision.OpenInspection;
import dev.clustergov.core.application.supervision.PublishPolicyPack;
import dev.clustergov.core.application.supervision.RecordEvaluation;
import dev.clustergov.core.application.supervision.RecordInspectionFinding;
import dev.clustergov.core.application.supervision.RectifyFinding;
import dev.clustergov.core.application.supervision.RegisterEvaluator;
import dev.clustergov.core.application.supervision.RunPolicyCases;
import dev.clustergov.core.application.supervision.RunWhatIf;
import dev.clustergov.core.application.supervision.TakeDisciplinaryAction;
import dev.clustergov.core.application.supervision.VerifyEvaluation;
import dev.clustergov.core.rules.RuleBook;
import java.util.Objects;

/**
 * The use cases, wired to a host's driven ports (促进组织治理服务): the one object a host creates.
 *
 * <pre>{@code
 * Clustergov gov = Clustergov.using(ports);
 * gov.as(new Actor.Authority(suzhou)).recogniseOrganization().handle(command);
 * }</pre>
 *
 * <p>Every command is decided with its actor ({@link Actor}): {@link #as(Actor)} gives the use cases
 * acting for an authenticated party, and its guards refuse what that party has no standing to do.
 * {@link #using} alone acts as {@link Actor#HOST}, the embedding system in its own right.
 */
public final class Clustergov {

  private final Context context;

  private Clustergov(Context context) {
    this.context = context;
  }

  public static Clustergov using(Ports ports) {
    return using(ports, RuleBook.standard());
  }

  public static Clustergov using(Ports ports, RuleBook book) {
    return new Clustergov(new Context(Objects.requireNonNull(ports, "ports"), Objects.requireNonNull(book, "book"), Actor.HOST));
  }

  /** The same use cases with {@code actor} acting: who it is decides what it may do, and every event names it. */
  public Clustergov as(Actor actor) {
    return new Clustergov(context.actingAs(Objects.requireNonNull(actor, "actor")));
  }

  /**
   * The same use cases, each event they record naming {@code batch} under {@code importBatch} (导入批次, decision 0516):
   * for a host recording a file of rows as one import, so the event log tells which file brought each record in.
   */
  public Clustergov inImport(ImportBatchId batch) {
    return new Clustergov(context.inImport(Objects.requireNonNull(batch, "batch")));
  }

  /** Who acts through this façade. */
  public Actor actor() {
    return context.actor();
  }

  public RuleBook ruleBook() {
    return context.book();
  }

  public RegisterCluster registerCluster() {
    return new RegisterCluster(context);
  }

  public RegisterAuthority registerAuthority() {
    return new RegisterAuthority(context);
  }

  public ProposeOrganization proposeOrganization() {
    return new ProposeOrganization(context);
  }

  public AmendFoundingApplication amendFoundingApplication() {
    return new AmendFoundingApplication(context);
  }

  public CheckEstablishment checkEstablishment() {
    return new CheckEstablishment(context);
  }

  public EstablishOrganization establishOrganization() {
    return new EstablishOrganization(context);
  }

  public RecogniseOrganization recogniseOrganization() {
    return new RecogniseOrganization(context);
  }

  /** The recognition report (认定条件核查, Art.6): every rule recognition will apply, before the authority acts. */
  public CheckRecognition checkRecognition() {
    return new CheckRecognition(context);
  }

  public SuspendOrganization suspendOrganization() {
    return new SuspendOrganization(context);
  }

  public ReinstateOrganization reinstateOrganization() {
    return new ReinstateOrganization(context);
  }

  public RevokeRecognition revokeRecognition() {
    return new RevokeRecognition(context);
  }

  public DissolveOrganization dissolveOrganization() {
    return new DissolveOrganization(context);
  }

  public AppointToBody appointToBody() {
    return new AppointToBody(context);
  }

  public RemoveFromBody removeFromBody() {
    return new RemoveFromBody(context);
  }

  public PublishPolicyPack publishPolicyPack() {
    return new PublishPolicyPack(context);
  }

  public RaiseDispute raiseDispute() {
    return new RaiseDispute(context);
  }

  public RecordDisputeStep recordDisputeStep() {
    return new RecordDisputeStep(context);
  }

  public DraftIpAgreement draftIpAgreement() {
    return new DraftIpAgreement(context);
  }

  public SignIpAgreement signIpAgreement() {
    return new SignIpAgreement(context);
  }

  public AmendIpAgreement amendIpAgreement() {
    return new AmendIpAgreement(context);
  }

  public PublishDisclosure publishDisclosure() {
    return new PublishDisclosure(context);
  }

  public AmendCharter amendCharter() {
    return new AmendCharter(context);
  }

  public ChangeRegisteredCapital changeRegisteredCapital() {
    return new ChangeRegisteredCapital(context);
  }

  public AdoptManagementSystem adoptManagementSystem() {
    return new AdoptManagementSystem(context);
  }

  public ReviseManagementSystem reviseManagementSystem() {
    return new ReviseManagementSystem(context);
  }

  public HireStaff hireStaff() {
    return new HireStaff(context);
  }

  public RecordIncome recordIncome() {
    return new RecordIncome(context);
  }

  public RecordExpenditure recordExpenditure() {
    return new RecordExpenditure(context);
  }

  public PublishFeeSchedule publishFeeSchedule() {
    return new PublishFeeSchedule(context);
  }

  public RecordCharge recordCharge() {
    return new RecordCharge(context);
  }

  public ChangeBankAccount changeBankAccount() {
    return new ChangeBankAccount(context);
  }

  public ChangeLegalRepresentative changeLegalRepresentative() {
    return new ChangeLegalRepresentative(context);
  }

  public AdmitMember admitMember() {
    return new AdmitMember(context);
  }

  public RecordMemberLeaving recordMemberLeaving() {
    return new RecordMemberLeaving(context);
  }

  public RegisterPlatform registerPlatform() {
    return new RegisterPlatform(context);
  }

  public ChangePlatformOpenness changePlatformOpenness() {
    return new ChangePlatformOpenness(context);
  }

  public RecordServiceActivity recordServiceActivity() {
    return new RecordServiceActivity(context);
  }

  public OpenInspection openInspection() {
    return new OpenInspection(context);
  }

  public RecordInspectionFinding recordInspectionFinding() {
    return new RecordInspectionFinding(context);
  }

  public RectifyFinding rectifyFinding() {
    return new RectifyFinding(context);
  }

  public AdoptSelfDisciplineMeasure adoptSelfDisciplineMeasure() {
    return new AdoptSelfDisciplineMeasure(context);
  }

  public TakeDisciplinaryAction takeDisciplinaryAction() {
    return new TakeDisciplinaryAction(context);
  }

  public ImposeSanction imposeSanction() {
    return new ImposeSanction(context);
  }

  public LiftSanction liftSanction() {
    return new LiftSanction(context);
  }

  public GrantIncentive grantIncentive() {
    return new GrantIncentive(context);
  }

  public RunWhatIf runWhatIf() {
    return new RunWhatIf(context);
  }

  /** Runs a file of policy cases for the acting authority's jurisdiction (Art.30). */
  public RunPolicyCases runPolicyCases() {
    return new RunPolicyCases(context);
  }

  public ComputeIncentive computeIncentive() {
    return new ComputeIncentive(context);
  }

  public RegisterEvaluator registerEvaluator() {
    return new RegisterEvaluator(context);
  }

  public DeclareEvaluatorTie declareEvaluatorTie() {
    return new DeclareEvaluatorTie(context);
  }

  /** Art.28 with Art.26: the PO's own supervising authority engages a third-party evaluator for it, over a period. */
  public EngageEvaluator engageEvaluator() {
    return new EngageEvaluator(context);
  }

  /** Art.28 with Art.26: the authority that engaged an evaluator ends the engagement early, with the day and reason (decision 0475). */
  public EndEngagement endEngagement() {
    return new EndEngagement(context);
  }

  public RecordEvaluation recordEvaluation() {
    return new RecordEvaluation(context);
  }

  public VerifyEvaluation verifyEvaluation() {
    return new VerifyEvaluation(context);
  }

  public Queries queries() {
    return new Queries(context);
  }
}
