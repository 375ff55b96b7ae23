package jp.kyodonet.collaboration.entity;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.kyodonet.organisation.entity.ActivityField;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.error.FieldError;
import jp.kyodonet.platform.error.Message;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One project in an office's survey answer, as the office states it for the surveyed year: carried over from the
 * year before (to be confirmed or removed), confirmed, added, or removed; its division, name, field, partners and
 * 概要, whether a collaboration contract (条例第12条) was made, how many, of which form, for how much, and whether the
 * project came from the city's initiative (第9条) or a citizens' proposal (第10条).
 */
@Entity
@Table(name = "collab_survey_row")
public class AnnualSurveyRow {

    public enum State { CARRIED, CONFIRMED, ADDED, REMOVED }

    /** What the office says about the project. */
    public record Content(String division, String name, ActivityField field, String partners, String summary,
                          boolean contracted, int contractCount, ContractType contractForm, Long contractAmount,
                          Origin origin) {

        /** The content's contradictions, by field: a contract needs a count and an origin; no contract, none. */
        public List<FieldError> contradictions() {
            List<FieldError> errors = new ArrayList<>();
            if (contracted) {
                if (contractCount < 1) {
                    errors.add(new FieldError("contractCount", new Message("協働契約を締結した事業は契約件数を1件以上で入力してください",
                            "A project with a contract has at least one")));
                }
                if (origin == null) {
                    errors.add(new FieldError("origin", new Message("協働契約を締結した事業は、市の発意か市民等の提案かを選んでください",
                            "Say whether the city initiated it or citizens proposed it")));
                }
            } else if (contractCount != 0 || contractForm != null || contractAmount != null) {
                errors.add(new FieldError("contracted", new Message("契約件数・契約形態・事業費は協働契約を締結した事業だけに入力します",
                        "Contract count, form and amount belong to a project with a contract")));
            }
            if (contractForm != null && !contractForm.isContractForm()) {
                errors.add(new FieldError("contractForm", new Message("契約形態は委託型・補助型・負担金型から選んでください（共催は協働契約の形態ではありません）",
                        "The form is commission, subsidy or shared cost (co-hosting is not a contract form)")));
            }
            return errors;
        }
    }

    @Id
    @Column(name = "id", length = 36, nullable = false, updatable = false)
    private String id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "answer_id", nullable = false, length = 36, updatable = false)
    private String answerId;

    @Column(name = "project_id", length = 36)
    private String projectId;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 12)
    private State state;

    @Column(name = "division", nullable = false, length = 300)
    private String division;

    @Column(name = "name", nullable = false, length = 300)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "field", nullable = false, length = 40)
    private ActivityField field;

    @Column(name = "partners", length = 1000)
    private String partners;

    @Column(name = "summary", length = 2000)
    private String summary;

    @Column(name = "contracted", nullable = false)
    private boolean contracted;

    @Column(name = "contract_count", nullable = false)
    private int contractCount;

    @Enumerated(EnumType.STRING)
    @Column(name = "contract_form", length = 16)
    private ContractType contractForm;

    @Column(name = "contract_amount")
    private Long contractAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin", length = 16)
    private Origin origin;

    @Column(name = "list_number")
    private Integer listNumber;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 200)
    private String updatedBy;

    protected AnnualSurveyRow() {
        // for JPA
    }

    /** A row of {@code answer}: carried over from {@code project} (state CARRIED) or added by the office (no project). */
    public AnnualSurveyRow(AnnualSurveyAnswer answer, UUID projectId, State state, Content content, Instant now, String by) {
        this.id = UUID.randomUUID().toString();
        this.answerId = answer.id().toString();
        this.projectId = projectId == null ? null : projectId.toString();
        this.state = state;
        write(content, now, by);
    }

    /** The office confirms or edits the row (a row it added stays added); refused when the content contradicts itself. */
    public void state(Content content, Instant now, String by) {
        if (state == State.REMOVED) {
            throw DomainException.conflict(new Message("削除した事業は変更できません", "A removed project cannot be changed"));
        }
        write(content, now, by);
        if (state == State.CARRIED) {
            state = State.CONFIRMED;
        }
    }

    /** The project did not run in the surveyed year. */
    public void remove(Instant now, String by) {
        state = State.REMOVED;
        updatedAt = now;
        updatedBy = by;
    }

    /** The catalogue's project this row is (set when a row the office added is submitted). */
    public void linkTo(UUID project) {
        this.projectId = project.toString();
    }

    /** The number the report's contract list gives this project (as the published report numbered it). */
    public void number(Integer listNumber) {
        this.listNumber = listNumber;
    }

    private void write(Content content, Instant now, String by) {
        List<FieldError> errors = content.contradictions();
        if (!errors.isEmpty()) {
            throw DomainException.invalidInput(errors);
        }
        this.division = content.division().strip();
        this.name = content.name().strip();
        this.field = content.field();
        this.partners = blankToNull(content.partners());
        this.summary = blankToNull(content.summary());
        this.contracted = content.contracted();
        this.contractCount = content.contractCount();
        this.contractForm = content.contractForm();
        this.contractAmount = content.contractAmount();
        this.origin = content.origin();
        this.updatedAt = now;
        this.updatedBy = by;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The row as a small JSON text, for the correction log's before and after. */
    public String describe() {
        JsonObjectBuilder json = Json.createObjectBuilder().add("state", state.name()).add("division", division)
                .add("name", name).add("field", field.name()).add("contracted", contracted).add("contractCount", contractCount);
        if (partners != null) {
            json.add("partners", partners);
        }
        if (summary != null) {
            json.add("summary", summary);
        }
        if (contractForm != null) {
            json.add("contractForm", contractForm.name());
        }
        if (contractAmount != null) {
            json.add("contractAmount", contractAmount);
        }
        if (origin != null) {
            json.add("origin", origin.name());
        }
        return json.build().toString();
    }

    public Content content() {
        return new Content(division, name, field, partners, summary, contracted, contractCount, contractForm, contractAmount,
                origin);
    }

    public boolean counts() {
        return state != State.REMOVED;
    }

    public UUID id() { return UUID.fromString(id); }
    public long version() { return version; }
    public UUID answerId() { return UUID.fromString(answerId); }
    public UUID projectId() { return projectId == null ? null : UUID.fromString(projectId); }
    public State state() { return state; }
    public String division() { return division; }
    public String name() { return name; }
    public ActivityField field() { return field; }
    public String partners() { return partners; }
    public String summary() { return summary; }
    public boolean contracted() { return contracted; }
    public int contractCount() { return contractCount; }
    public ContractType contractForm() { return contractForm; }
    public Long contractAmount() { return contractAmount; }
    public Origin origin() { return origin; }
    public Integer listNumber() { return listNumber; }
    public Instant updatedAt() { return updatedAt; }
    public String updatedBy() { return updatedBy; }
}
