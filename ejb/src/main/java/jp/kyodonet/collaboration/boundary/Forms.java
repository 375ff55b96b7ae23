package jp.kyodonet.collaboration.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.kyodonet.collaboration.entity.ContractType;
import jp.kyodonet.collaboration.entity.Grade;
import jp.kyodonet.collaboration.entity.Origin;
import jp.kyodonet.collaboration.entity.ProposalKind;
import jp.kyodonet.collaboration.entity.ProposalStatus;
import jp.kyodonet.collaboration.entity.SupportActivity;
import jp.kyodonet.organisation.entity.ActivityField;

import java.time.LocalDate;
import java.util.List;

/** What staff, partners and proposers send about collaboration, checked by Bean Validation. */
public final class Forms {

    private Forms() {
    }

    /** A proposal as the centre records it; {@code submitted} false records an inquiry (相談) first. */
    public record ProposalForm(@NotNull ProposalKind kind, @NotBlank @Size(max = 200) String title,
                               @NotBlank @Size(max = 4000) String summary, @NotNull ActivityField field,
                               @NotBlank @Size(max = 200) String proposerName, @Size(max = 100) String contactPerson,
                               @Size(max = 200) String contact, @Size(max = 200) String responsibleDivision,
                               @NotNull LocalDate receivedOn, Boolean submitted) {
    }

    /** A move of a proposal: to a next state; a decision with its reason and, for a grant, the amount. */
    public record ProposalMove(@NotNull ProposalStatus to, @Size(max = 4000) String reason, Long amount) {
    }

    public record SupportForm(@NotNull LocalDate date, @NotBlank @Size(max = 200) String supporter,
                              @NotNull SupportActivity activity, @Size(max = 4000) String notes) {
    }

    /**
     * A project entered by hand. A ward's centre enters its ward's projects (the owner is the ward); the
     * city centre enters bureau-owned ones and names the bureau in {@code ownerName}.
     */
    public record ProjectForm(@Size(max = 100) String ownerName, @NotBlank @Size(max = 300) String division,
                              @NotBlank @Size(max = 300) String name, @NotNull ActivityField field,
                              @Size(max = 1000) String partners, Origin origin,
                              @NotNull @Min(1989) @Max(2999) Integer fiscalYear) {
    }

    /** The terms of a collaboration contract. */
    public record ContractForm(@NotNull ContractType type, @NotBlank @Size(max = 500) String partner,
                               @NotBlank @Size(max = 200) String cityParty, @NotBlank @Size(max = 4000) String purpose,
                               @Size(max = 4000) String roles, @Size(max = 2000) String costShare,
                               @NotNull @Min(0) @Max(1_000_000_000_000L) Long amount, @NotNull LocalDate periodFrom,
                               @NotNull LocalDate periodTo,
                               @Size(max = 12) List<@NotBlank @Size(max = 100) String> businessAreas,
                               Boolean centreIsPartner) {
    }

    /** A contract drawn up from a proposal in negotiation: the terms, and the division if the proposal names none. */
    public record ContractFromProposal(@Size(max = 300) String division, @Size(max = 100) String ownerName,
                                       @NotNull @jakarta.validation.Valid ContractForm terms) {
    }

    /** The step of a contract: sign (on a date), start, end (on a date). */
    public enum ContractStep { SIGN, START, END }

    public record ContractMove(@NotNull ContractStep step, LocalDate on) {
    }

    public record AmendmentForm(@NotBlank @Size(max = 2000) String reason, @NotNull LocalDate periodTo,
                                @NotNull @Min(0) @Max(1_000_000_000_000L) Long amount, LocalDate amendedOn) {
    }

    /** Opening the evaluation sheet of a fiscal year. */
    public record EvaluationStart(@NotNull @Min(1989) @Max(2999) Integer fiscalYear) {
    }

    /** One side's column of an evaluation sheet: 17 grades (null = not yet), a text per business area, who. */
    /**
     * A side's column: the 17 grades, a verification text and (the 別紙) the side's roles per business area, and part
     * 1's 記入者: 団体等名 or 部署名 ({@code organisation}), the 記入責任者 ({@code rater}) and a contact.
     */
    public record EvaluationFill(@NotNull @Size(min = 17, max = 17) List<Grade> grades,
                                 @NotNull @Size(max = 12) List<@Size(max = 4000) String> notes,
                                 @Size(max = 12) List<@Size(max = 2000) String> roles,
                                 @Size(max = 200) String rater, @Size(max = 200) String organisation,
                                 @Size(max = 200) String contact) {

        public jp.kyodonet.collaboration.entity.EvaluationSheet.Writer writer() {
            return new jp.kyodonet.collaboration.entity.EvaluationSheet.Writer(organisation, rater, contact);
        }
    }

    /** Part 3 of the sheet, written together: one text per business area. */
    public record JointVerification(@NotNull @Size(max = 12) List<@Size(max = 8000) String> texts) {
    }

    /** The division opens a fiscal year's survey of 区局, answers due on a day. */
    public record SurveyOpen(@NotNull @Min(1989) @Max(2999) Integer fiscalYear, LocalDate dueOn) {
    }

    /** A bureau the division adds to an open survey. */
    public record SurveyOffice(@NotBlank @Size(max = 100) String bureau) {
    }

    /** What an office says of one project in its answer (the row's content). */
    public record SurveyRowForm(@NotBlank @Size(max = 300) String division, @NotBlank @Size(max = 300) String name,
                                @NotNull ActivityField field, @Size(max = 1000) String partners,
                                @Size(max = 2000) String summary, @NotNull Boolean contracted,
                                @Min(0) @Max(1000) Integer contractCount, ContractType contractForm,
                                @Min(0) @Max(1_000_000_000_000L) Long contractAmount, Origin origin) {
    }

    /** A correction of a closed survey's row by the division: the row as it should be, and why. */
    public record SurveyCorrectionForm(@NotNull @jakarta.validation.Valid SurveyRowForm row,
                                       @NotBlank @Size(max = 2000) String reason) {
    }

    /** Why the division returns an answer to its office. */
    public record SurveyReturn(@NotBlank @Size(max = 2000) String reason) {
    }
}
