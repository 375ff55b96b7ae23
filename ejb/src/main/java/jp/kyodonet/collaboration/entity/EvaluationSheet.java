package jp.kyodonet.collaboration.entity;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.error.FieldError;
import jp.kyodonet.platform.error.Message;
import jp.kyodonet.tenants.TenantId;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The mutual evaluation sheet (相互評価シート, ordinance Art. 15; structure of the FY2022 sheet) of one
 * contract for one fiscal year: the 17 process questions graded A-D by the partner (団体等) and by the city
 * (行政) separately, and per business area a verification text and the side's roles (the 別紙) from each side,
 * with who filled it in (part 1's 記入者). Each side fills only its own column and submits it, which locks it;
 * when both have submitted the sheet is completed, both write part 3 (the joint verification) together, and a
 * manager publishes it (read-only from then, and counted in the ordinance report). Where the two grades
 * of a question differ by two grades or more, the sheet marks it.
 */
@Entity
@EntityListeners(jp.kyodonet.collaboration.control.CollaborationChanges.class)
@Table(name = "collab_evaluation")
public class EvaluationSheet {

    /** The two raters. */
    public enum Side { PARTNER, CITY }

    private static final char BLANK = '-';

    @Id
    @Column(name = "id", length = 36, nullable = false, updatable = false)
    private String id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "owner_tenant", nullable = false, length = 32, updatable = false)
    private String ownerTenant;

    @Column(name = "contract_id", nullable = false, length = 36, updatable = false)
    private String contractId;

    @Column(name = "project_id", nullable = false, length = 36, updatable = false)
    private String projectId;

    @Column(name = "fiscal_year", nullable = false, updatable = false)
    private int fiscalYear;

    @Column(name = "business_areas", nullable = false, length = 2000, updatable = false)
    private String businessAreas;

    @Column(name = "partner_grades", nullable = false, length = 17)
    private String partnerGrades;

    @Column(name = "city_grades", nullable = false, length = 17)
    private String cityGrades;

    @Column(name = "partner_notes", nullable = false)
    private String partnerNotes;

    @Column(name = "city_notes", nullable = false)
    private String cityNotes;

    @Column(name = "partner_rater", length = 200)
    private String partnerRater;

    @Column(name = "city_rater", length = 200)
    private String cityRater;

    @Column(name = "partner_submitted_at")
    private Instant partnerSubmittedAt;

    @Column(name = "city_submitted_at")
    private Instant citySubmittedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private EvaluationStatus status;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "partner_token", nullable = false, length = 80, updatable = false)
    private String partnerToken;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "partner_organisation", length = 200)
    private String partnerOrganisation;

    @Column(name = "partner_contact", length = 200)
    private String partnerContact;

    @Column(name = "city_organisation", length = 200)
    private String cityOrganisation;

    @Column(name = "city_contact", length = 200)
    private String cityContact;

    @Column(name = "partner_roles")
    private String partnerRoles;

    @Column(name = "city_roles")
    private String cityRoles;

    @Column(name = "joint_notes")
    private String jointNotes;

    @Column(name = "joint_by", length = 200)
    private String jointBy;

    @Column(name = "joint_at")
    private Instant jointAt;

    /** Who fills a side's column in (part 1's 記入者): 団体等名 or 部署名, the 記入責任者, and how to reach them. */
    public record Writer(String organisation, String responsible, String contact) {
    }

    protected EvaluationSheet() {
        // for JPA
    }

    /** A blank sheet for {@code contract}'s {@code fiscalYear}, with its areas; the partner's link is {@code partnerToken}. */
    public EvaluationSheet(CollaborationContract contract, int fiscalYear, String partnerToken, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.ownerTenant = contract.ownerTenant().value();
        this.contractId = contract.id().toString();
        this.projectId = contract.projectId().toString();
        this.fiscalYear = fiscalYear;
        this.businessAreas = String.join("\n", contract.businessAreas());
        String blank = String.valueOf(BLANK).repeat(EvaluationQuestion.COUNT);
        this.partnerGrades = blank;
        this.cityGrades = blank;
        List<String> noNotes = Collections.nCopies(contract.businessAreas().size(), "");
        this.partnerNotes = notesJson(noNotes);
        this.cityNotes = notesJson(noNotes);
        this.status = EvaluationStatus.DRAFT;
        this.partnerToken = partnerToken;
        this.updatedAt = now;
    }

    /**
     * {@code side} fills its own column: 17 grades (null = not yet), one text per business area, its roles per
     * business area (the 別紙; null: none yet), and who fills it in. Refused once that side has submitted.
     */
    public void fill(Side side, List<Grade> grades, List<String> notes, List<String> roles, Writer writer, Instant now) {
        if (submittedAt(side) != null || status != EvaluationStatus.DRAFT) {
            throw DomainException.conflict(new Message("提出済みの評価は変更できません",
                    "This side's evaluation was submitted and cannot be changed"));
        }
        List<FieldError> errors = new ArrayList<>();
        if (grades.size() != EvaluationQuestion.COUNT) {
            errors.add(new FieldError("grades", new Message("評価は17問すべて（未記入は null）で指定してください",
                    "grades must list all 17 questions (null where not yet graded)")));
        }
        if (notes.size() != businessAreas().size()) {
            errors.add(new FieldError("notes", new Message("検証の記述は事業項目の数（" + businessAreas().size() + "）だけ指定してください",
                    "notes must have one text per business area (" + businessAreas().size() + ")")));
        }
        if (roles != null && roles.size() != businessAreas().size()) {
            errors.add(new FieldError("roles", new Message("役割は事業項目の数（" + businessAreas().size() + "）だけ指定してください",
                    "roles must have one text per business area (" + businessAreas().size() + ")")));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalidInput(errors);
        }
        StringBuilder column = new StringBuilder();
        grades.forEach(g -> column.append(g == null ? BLANK : g.name().charAt(0)));
        String text = notesJson(stripped(notes));
        String roleText = roles == null ? null : notesJson(stripped(roles));
        String who = blankToNull(writer.responsible());
        if (side == Side.PARTNER) {
            partnerGrades = column.toString();
            partnerNotes = text;
            partnerRoles = roleText;
            partnerRater = who;
            partnerOrganisation = blankToNull(writer.organisation());
            partnerContact = blankToNull(writer.contact());
        } else {
            cityGrades = column.toString();
            cityNotes = text;
            cityRoles = roleText;
            cityRater = who;
            cityOrganisation = blankToNull(writer.organisation());
            cityContact = blankToNull(writer.contact());
        }
        updatedAt = now;
    }

    /**
     * Part 3, the 事業評価相互検証シート: one text per business area, written together once both sides have submitted
     * their checks and until the sheet is published.
     */
    public void writeJoint(List<String> texts, String by, Instant now) {
        if (status != EvaluationStatus.COMPLETED) {
            throw DomainException.conflict(new Message(
                    "相互検証は双方が評価を提出した後、公表の前に記入します",
                    "The joint verification is written once both sides have submitted, before publication"));
        }
        if (texts.size() != businessAreas().size()) {
            throw DomainException.invalidInput(List.of(new FieldError("texts", new Message(
                    "相互検証は事業項目の数（" + businessAreas().size() + "）だけ指定してください",
                    "texts must have one per business area (" + businessAreas().size() + ")"))));
        }
        jointNotes = notesJson(stripped(texts));
        jointBy = by;
        jointAt = now;
        updatedAt = now;
    }

    private static List<String> stripped(List<String> texts) {
        return texts.stream().map(n -> n == null ? "" : n.strip()).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** {@code side} submits its column: every question graded and the rater named. Both submitted: completed. */
    public void submit(Side side, Instant now) {
        if (submittedAt(side) != null || status != EvaluationStatus.DRAFT) {
            throw DomainException.conflict(new Message("この評価は提出済みです", "This side's evaluation was already submitted"));
        }
        List<FieldError> errors = new ArrayList<>();
        List<Grade> grades = grades(side);
        List<Integer> missing = IntStream.range(0, grades.size()).filter(i -> grades.get(i) == null).boxed().toList();
        if (!missing.isEmpty()) {
            errors.add(new FieldError("grades", new Message("未記入の設問があります（" + missing.size() + "問）",
                    "Some questions are not graded yet (" + missing.size() + ")")));
        }
        if ((side == Side.PARTNER ? partnerRater : cityRater) == null) {
            errors.add(new FieldError("rater", new Message("記入責任者の氏名を入力してください",
                    "Name the person responsible for this column")));
        }
        if (writer(side).organisation() == null) {
            errors.add(new FieldError("organisation", side == Side.PARTNER
                    ? new Message("団体等名を入力してください", "Name the organisation")
                    : new Message("部署名を入力してください", "Name the division")));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalidInput(errors);
        }
        if (side == Side.PARTNER) {
            partnerSubmittedAt = now;
        } else {
            citySubmittedAt = now;
        }
        if (partnerSubmittedAt != null && citySubmittedAt != null) {
            status = EvaluationStatus.COMPLETED;
        }
        updatedAt = now;
    }

    /** Publishes a completed sheet (Art. 15-2); read-only from then. */
    public void publish(Instant now) {
        if (status != EvaluationStatus.COMPLETED) {
            throw DomainException.conflict(new Message("公表できるのは双方が記入を終えた評価シートです",
                    "Only a sheet both sides have completed can be published"));
        }
        status = EvaluationStatus.PUBLISHED;
        publishedAt = now;
        updatedAt = now;
    }

    /** The questions (indexes) whose two grades differ by two grades or more. */
    public List<Integer> divergences() {
        List<Grade> partner = grades(Side.PARTNER);
        List<Grade> city = grades(Side.CITY);
        return IntStream.range(0, EvaluationQuestion.COUNT)
                .filter(i -> partner.get(i) != null && city.get(i) != null && partner.get(i).distance(city.get(i)) >= 2)
                .boxed().toList();
    }

    public List<Grade> grades(Side side) {
        String column = side == Side.PARTNER ? partnerGrades : cityGrades;
        List<Grade> grades = new ArrayList<>();
        for (char c : column.toCharArray()) {
            grades.add(c == BLANK ? null : Grade.valueOf(String.valueOf(c)));
        }
        return Collections.unmodifiableList(grades);
    }

    public List<String> notes(Side side) {
        return textsOf(side == Side.PARTNER ? partnerNotes : cityNotes);
    }

    private static List<String> textsOf(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonArray array = reader.readArray();
            return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        }
    }

    public String rater(Side side) {
        return side == Side.PARTNER ? partnerRater : cityRater;
    }

    /** Part 1's 記入者 of a side. */
    public Writer writer(Side side) {
        return side == Side.PARTNER ? new Writer(partnerOrganisation, partnerRater, partnerContact)
                : new Writer(cityOrganisation, cityRater, cityContact);
    }

    /** A side's roles per business area (the 別紙); blanks where none were written. */
    public List<String> roles(Side side) {
        String json = side == Side.PARTNER ? partnerRoles : cityRoles;
        return json == null ? Collections.nCopies(businessAreas().size(), "") : textsOf(json);
    }

    /** Part 3's joint texts per business area; blanks before anyone wrote them. */
    public List<String> joint() {
        return jointNotes == null ? Collections.nCopies(businessAreas().size(), "") : textsOf(jointNotes);
    }

    public String jointBy() { return jointBy; }
    public Instant jointAt() { return jointAt; }

    public Instant submittedAt(Side side) {
        return side == Side.PARTNER ? partnerSubmittedAt : citySubmittedAt;
    }

    private static String notesJson(List<String> notes) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        notes.forEach(array::add);
        return array.build().toString();
    }

    public boolean isOwnedBy(TenantId tenant) {
        return ownerTenant.equals(tenant.value());
    }

    public UUID id() { return UUID.fromString(id); }
    public long version() { return version; }
    public TenantId ownerTenant() { return new TenantId(ownerTenant); }
    public UUID contractId() { return UUID.fromString(contractId); }
    public UUID projectId() { return UUID.fromString(projectId); }
    public int fiscalYear() { return fiscalYear; }
    public List<String> businessAreas() { return Arrays.asList(businessAreas.split("\n")); }
    public EvaluationStatus status() { return status; }
    public Instant publishedAt() { return publishedAt; }
    public String partnerToken() { return partnerToken; }
    public Instant updatedAt() { return updatedAt; }
}
