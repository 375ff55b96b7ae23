package jp.kyodonet.collaboration.boundary;

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
                               boolean managed, List<Amendment> amendments, List<EvaluationSummary> evaluations) {
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
    public record EvaluationView(UUID id, long version, UUID projectId, String projectName, String ownerName,
                                 UUID contractId, ContractType contractType, String partner, String cityParty,
                                 int fiscalYear, EvaluationStatus status, List<QuestionRow> questions,
                                 List<AreaRow> areas, String partnerRater, String cityRater,
                                 Instant partnerSubmittedAt, Instant citySubmittedAt, Instant publishedAt,
                                 int divergences, String partnerToken, boolean writesCityColumn) {
    }

    public record QuestionRow(int index, EvaluationStage stage, int number, String textJa, String textEn,
                              Grade partner, Grade city, boolean diverges) {
    }

    public record AreaRow(String area, String partner, String city) {
    }

    /** The ordinance report (条例第20条) of a fiscal year, labels included for the page, CSV and PDF. */
    public record Report(int fiscalYear, String fiscalYearLabel, List<FieldLine> fields, Split totals,
                         Split projectsWithContract, List<ContractLine> contracts, long contractsTotal,
                         long contractAmountTotal, long proposalsReceived, long proposalsAdopted,
                         List<PublishedLine> published) {
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
}
