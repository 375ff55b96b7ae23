package jp.kyodonet.collaboration.boundary;

import jp.kyodonet.collaboration.entity.AnnualSurvey;
import jp.kyodonet.collaboration.entity.AnnualSurveyAnswer;
import jp.kyodonet.collaboration.entity.AnnualSurveyRow;
import jp.kyodonet.collaboration.entity.ContractStatus;
import jp.kyodonet.collaboration.entity.ContractType;
import jp.kyodonet.collaboration.entity.EvaluationStage;
import jp.kyodonet.collaboration.entity.EvaluationStatus;
import jp.kyodonet.collaboration.entity.Grade;
import jp.kyodonet.collaboration.entity.Origin;
import jp.kyodonet.collaboration.entity.OwnerKind;
import jp.kyodonet.collaboration.entity.ProposalKind;
import jp.kyodonet.collaboration.entity.ProposalStatus;
import jp.kyodonet.collaboration.entity.SupportActivity;
import jp.kyodonet.organisation.entity.ActivityField;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import java.util.UUID;

/** What the collaboration endpoints answer. */
public final class Views {

    private Views() {
    }

    /** A proposal in a list: no contact details. */
    public record ProposalSummary(UUID id, long version, ProposalKind kind, String title, ActivityField field,
                                  String proposerName, String responsibleDivision, LocalDate receivedOn, int fiscalYear,
                                  ProposalStatus status, LocalDate decidedOn, Long grantAmount, UUID projectId) {
    }

    /** A proposal with its contact (personal data: the read is audit-logged), support log and next moves. */
    public record ProposalView(UUID id, long version, ProposalKind kind, String title, String summary,
                               ActivityField field, String proposerName, String contactPerson, String contact,
                               String responsibleDivision, LocalDate receivedOn, int fiscalYear, ProposalStatus status,
                               String decisionReason, LocalDate decidedOn, Long grantAmount, long grantLimit,
                               UUID projectId, String statusToken, List<ProposalStatus> next,
                               List<SupportEntry> supportLog) {
    }

    public record SupportEntry(UUID id, LocalDate date, String supporter, SupportActivity activity, String notes,
                               String recordedBy) {
    }

    /** What a proposer sees behind their status link: no one's contact, the decision and its reason. */
    public record ProposalStatusPage(String centre, String title, String proposerName, LocalDate receivedOn,
                                     ProposalStatus status, String decisionReason, LocalDate decidedOn,
                                     Long grantAmount) {
    }

    public record ProjectSummary(UUID id, long version, String ownerTenant, OwnerKind ownerKind, String ownerName,
                                 String division, String name, ActivityField field, String partners, Origin origin,
                                 SortedSet<Integer> fiscalYears, SortedSet<Integer> contractYears) {
    }

    /** A project with its contracts; {@code managed}: the caller's centre manages it (else read-only). */
    public record ProjectView(ProjectSummary project, UUID proposalId, boolean managed, List<ContractSummary> contracts) {
    }

    public record ContractSummary(UUID id, long version, ContractType type, String partner, long amount,
                                  LocalDate periodFrom, LocalDate periodTo, ContractStatus status) {
    }

    public record ContractView(UUID id, long version, UUID projectId, String projectName, String ownerName,
                               ContractType type, String partner, String cityParty, String purpose, String roles,
                               String costShare, long amount, LocalDate periodFrom, LocalDate periodTo,
                               List<String> businessAreas, ContractStatus status, LocalDate signedOn, LocalDate endedOn,
                               boolean managed, List<Amendment> amendments, List<EvaluationSummary> evaluations,
                               boolean centreIsPartner) {
    }

    public record Amendment(LocalDate amendedOn, String reason, LocalDate oldPeriodTo, LocalDate newPeriodTo,
                            long oldAmount, long newAmount, String recordedBy) {
    }

    public record EvaluationSummary(UUID id, long version, UUID projectId, String projectName, UUID contractId,
                                    int fiscalYear, EvaluationStatus status, boolean partnerSubmitted,
                                    boolean citySubmitted, int divergences) {
    }

    /**
     * An evaluation sheet as one reader sees it. A side's column shows to the other side once submitted
     * (each grades on its own first); a published sheet shows both. {@code diverges}: the two grades of a
     * question are two grades or more apart. {@code partnerToken}: the partner's link, for the city side only.
     */
    /**
     * A sheet as 004 lays it out: part 1 (the project, the contract and each side's 記入者, {@code writtenOn} the day
     * the later side submitted), the 別紙 and part 3 per business area ({@code areas}), part 2's questions. Which
     * column is the reader's: the 行政 column, or the 団体等 column (the partner's link, or the centre where it is the
     * partner), written until that side submits; {@code writesJoint}: part 3 can be written now.
     */
    public record EvaluationView(UUID id, long version, UUID projectId, String projectName, String ownerName,
                                 UUID contractId, ContractType contractType, String partner, String cityParty,
                                 String purpose, LocalDate periodFrom, LocalDate periodTo,
                                 int fiscalYear, EvaluationStatus status, List<QuestionRow> questions,
                                 List<AreaRow> areas, Writer partnerWriter, Writer cityWriter,
                                 Instant partnerSubmittedAt, Instant citySubmittedAt, LocalDate writtenOn,
                                 Instant publishedAt, int divergences, String partnerToken, boolean writesCityColumn,
                                 boolean writesPartnerColumn, boolean writesJoint, String jointBy, Instant jointAt) {
    }

    /** Part 1's 記入者 of a side: 団体等名 or 部署名, the 記入責任者, a contact. */
    public record Writer(String organisation, String responsible, String contact) {
    }

    public record QuestionRow(int index, EvaluationStage stage, int number, String textJa, String textEn,
                              Grade partner, Grade city, boolean diverges) {
    }

    /**
     * One business area: each side's verification text and roles (the 別紙), each shown as its column is, and part
     * 3's joint text.
     */
    public record AreaRow(String area, String partner, String city, String partnerRoles, String cityRoles, String joint) {
    }

    /** The ordinance report (条例第20条) of a fiscal year, labels included for the page, CSV and PDF. */
    /**
     * The ordinance report of a fiscal year. {@code surveyStatus}: the year's survey of 区局 (NONE, OPEN, CLOSED);
     * {@code section2} and the 資料編 {@code lists} once it is closed; {@code notes}: where a total printed in the
     * published report does not add up.
     */
    public record Report(int fiscalYear, String fiscalYearLabel, String title, List<FieldLine> fields, Split totals,
                         Split projectsWithContract, List<ContractLine> contracts, long contractsTotal,
                         long contractAmountTotal, long proposalsReceived, long proposalsAdopted,
                         List<PublishedLine> published, String surveyStatus,
                         jp.kyodonet.collaboration.control.OrdinanceReport.Section2 section2,
                         List<jp.kyodonet.collaboration.control.OrdinanceReport.OfficeList> lists, List<Note> notes) {
    }

    /** A note on the report, in both languages. */
    public record Note(String ja, String en) {
    }

    public record Split(long ward, long bureau, long total) {
    }

    public record FieldLine(int number, ActivityField field, String labelJa, String labelEn, Split projects) {
    }

    public record ContractLine(ContractType type, String labelJa, String labelEn, long contracts, long amount) {
    }

    public record PublishedLine(UUID id, String projectName, String ownerName, ContractType contractType,
                                String partner) {
    }

    /** A survey with the answers the reader reaches (the division: every office's; an office: its own). */
    public record SurveyView(UUID id, long version, int fiscalYear, AnnualSurvey.Status status, LocalDate dueOn,
                             Instant openedAt, String openedBy, Instant closedAt, String closedBy, int offices,
                             int answered, List<AnswerSummary> answers) {
    }

    public record AnswerSummary(UUID id, long version, OwnerKind officeKind, String officeName,
                                AnnualSurveyAnswer.Status status, Instant submittedAt, String submittedBy,
                                String returnedReason, Instant remindedAt, int reminders, long projects, long toConfirm) {
    }

    /** One office's answer with its rows, and (the division, after closing) the corrections. */
    public record AnswerView(UUID id, long version, UUID surveyId, int fiscalYear, AnnualSurvey.Status surveyStatus,
                             LocalDate dueOn, OwnerKind officeKind, String officeName, AnnualSurveyAnswer.Status status,
                             Instant submittedAt, String submittedBy, String returnedReason, Instant remindedAt,
                             boolean editable, boolean correctable, List<SurveyRowView> rows,
                             List<CorrectionView> corrections) {
    }

    public record SurveyRowView(UUID id, long version, UUID projectId, AnnualSurveyRow.State state, String division,
                                String name, ActivityField field, String partners, String summary, boolean contracted,
                                int contractCount, ContractType contractForm, Long contractAmount, Origin origin) {
    }

    public record CorrectionView(UUID rowId, Instant correctedAt, String correctedBy, String reason, String before,
                                 String after) {
    }
}
