package dev.clustergov.core.application;

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

  private final Support support;

  private Clustergov(Support support) {
    this.support = support;
  }

  public static Clustergov using(Ports ports) {
    return using(ports, RuleBook.standard());
  }

  public static Clustergov using(Ports ports, RuleBook book) {
    return new Clustergov(new Support(Objects.requireNonNull(ports, "ports"), Objects.requireNonNull(book, "book"), Actor.HOST));
  }

  /** The same use cases with {@code actor} acting: who it is decides what it may do, and every event names it. */
  public Clustergov as(Actor actor) {
    return new Clustergov(support.actingAs(Objects.requireNonNull(actor, "actor")));
  }

  /** Who acts through this façade. */
  public Actor actor() {
    return support.actor;
  }

  public RuleBook ruleBook() {
    return support.book;
  }

  public RegisterCluster registerCluster() {
    return new RegisterCluster(support);
  }

  public RegisterAuthority registerAuthority() {
    return new RegisterAuthority(support);
  }

  public ProposeOrganization proposeOrganization() {
    return new ProposeOrganization(support);
  }

  public AmendFoundingApplication amendFoundingApplication() {
    return new AmendFoundingApplication(support);
  }

  public CheckEstablishment checkEstablishment() {
    return new CheckEstablishment(support);
  }

  public EstablishOrganization establishOrganization() {
    return new EstablishOrganization(support);
  }

  public RecogniseOrganization recogniseOrganization() {
    return new RecogniseOrganization(support);
  }

  public SuspendOrganization suspendOrganization() {
    return new SuspendOrganization(support);
  }

  public ReinstateOrganization reinstateOrganization() {
    return new ReinstateOrganization(support);
  }

  public RevokeRecognition revokeRecognition() {
    return new RevokeRecognition(support);
  }

  public DissolveOrganization dissolveOrganization() {
    return new DissolveOrganization(support);
  }

  public AppointToBody appointToBody() {
    return new AppointToBody(support);
  }

  public RemoveFromBody removeFromBody() {
    return new RemoveFromBody(support);
  }

  public PublishPolicyPack publishPolicyPack() {
    return new PublishPolicyPack(support);
  }

  public RaiseDispute raiseDispute() {
    return new RaiseDispute(support);
  }

  public RecordDisputeStep recordDisputeStep() {
    return new RecordDisputeStep(support);
  }

  public DraftIpAgreement draftIpAgreement() {
    return new DraftIpAgreement(support);
  }

  public SignIpAgreement signIpAgreement() {
    return new SignIpAgreement(support);
  }

  public AmendIpAgreement amendIpAgreement() {
    return new AmendIpAgreement(support);
  }

  public PublishDisclosure publishDisclosure() {
    return new PublishDisclosure(support);
  }

  public AmendCharter amendCharter() {
    return new AmendCharter(support);
  }

  public ChangeRegisteredCapital changeRegisteredCapital() {
    return new ChangeRegisteredCapital(support);
  }

  public AdoptManagementSystem adoptManagementSystem() {
    return new AdoptManagementSystem(support);
  }

  public ReviseManagementSystem reviseManagementSystem() {
    return new ReviseManagementSystem(support);
  }

  public HireStaff hireStaff() {
    return new HireStaff(support);
  }

  public RecordIncome recordIncome() {
    return new RecordIncome(support);
  }

  public RecordExpenditure recordExpenditure() {
    return new RecordExpenditure(support);
  }

  public PublishFeeSchedule publishFeeSchedule() {
    return new PublishFeeSchedule(support);
  }

  public RecordCharge recordCharge() {
    return new RecordCharge(support);
  }

  public ChangeBankAccount changeBankAccount() {
    return new ChangeBankAccount(support);
  }

  public ChangeLegalRepresentative changeLegalRepresentative() {
    return new ChangeLegalRepresentative(support);
  }

  public AdmitMember admitMember() {
    return new AdmitMember(support);
  }

  public RecordMemberLeaving recordMemberLeaving() {
    return new RecordMemberLeaving(support);
  }

  public RegisterPlatform registerPlatform() {
    return new RegisterPlatform(support);
  }

  public ChangePlatformOpenness changePlatformOpenness() {
    return new ChangePlatformOpenness(support);
  }

  public RecordServiceActivity recordServiceActivity() {
    return new RecordServiceActivity(support);
  }

  public OpenInspection openInspection() {
    return new OpenInspection(support);
  }

  public RecordInspectionFinding recordInspectionFinding() {
    return new RecordInspectionFinding(support);
  }

  public RectifyFinding rectifyFinding() {
    return new RectifyFinding(support);
  }

  public AdoptSelfDisciplineMeasure adoptSelfDisciplineMeasure() {
    return new AdoptSelfDisciplineMeasure(support);
  }

  public TakeDisciplinaryAction takeDisciplinaryAction() {
    return new TakeDisciplinaryAction(support);
  }

  public ImposeSanction imposeSanction() {
    return new ImposeSanction(support);
  }

  public LiftSanction liftSanction() {
    return new LiftSanction(support);
  }

  public GrantIncentive grantIncentive() {
    return new GrantIncentive(support);
  }

  public RunWhatIf runWhatIf() {
    return new RunWhatIf(support);
  }

  public ComputeIncentive computeIncentive() {
    return new ComputeIncentive(support);
  }

  public RegisterEvaluator registerEvaluator() {
    return new RegisterEvaluator(support);
  }

  public DeclareEvaluatorTie declareEvaluatorTie() {
    return new DeclareEvaluatorTie(support);
  }

  public RecordEvaluation recordEvaluation() {
    return new RecordEvaluation(support);
  }

  public VerifyEvaluation verifyEvaluation() {
    return new VerifyEvaluation(support);
  }

  public Queries queries() {
    return new Queries(support);
  }
}
