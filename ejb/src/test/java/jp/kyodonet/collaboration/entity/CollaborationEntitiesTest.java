package jp.kyodonet.collaboration.entity;

import jp.kyodonet.organisation.entity.ActivityField;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.tenants.TenantId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CollaborationEntitiesTest {

    private static final Instant NOW = Instant.parse("2026-11-23T00:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final TenantId TSURUMI = new TenantId("tsurumi");

    private static Proposal proposal() {
        return Proposal.receive(ProposalKind.CITIZEN, "提案", "概要", ActivityField.ENVIRONMENT, "団体", null, null, null,
                LocalDate.of(2026, 5, 1), true, "tsurumi." + "a".repeat(32), NOW, "t");
    }

    @Test
    void aProposalMovesOnlyToANextStateAndARejectionNeedsAReason() {
        Proposal p = proposal();
        assertEquals(2026, p.fiscalYear());
        DomainException skip = assertThrows(DomainException.class,
                () -> p.move(ProposalStatus.ADOPTED, null, null, 300_000, TODAY, NOW, "t"));
        assertEquals(DomainException.Kind.CONFLICT, skip.kind());
        assertTrue(skip.detail().ja().contains("提案受付"), "named in Japanese: " + skip.detail().ja());
        p.move(ProposalStatus.UNDER_REVIEW, null, null, 300_000, TODAY, NOW, "t");
        DomainException noReason = assertThrows(DomainException.class,
                () -> p.move(ProposalStatus.REJECTED, "  ", null, 300_000, TODAY, NOW, "t"));
        assertEquals(DomainException.Kind.INVALID_INPUT, noReason.kind());
        assertEquals(ProposalStatus.UNDER_REVIEW, p.status());
        p.move(ProposalStatus.REJECTED, "予算の見込みがないため", null, 300_000, TODAY, NOW, "t");
        assertEquals("予算の見込みがないため", p.decisionReason());
        assertEquals(TODAY, p.decidedOn());
        assertTrue(p.status().next().isEmpty());
    }

    @Test
    void aGrantIsWithinTheLimitAndOnlyAGrantCarriesAnAmount() {
        Proposal p = proposal();
        p.move(ProposalStatus.UNDER_REVIEW, null, null, 300_000, TODAY, NOW, "t");
        p.move(ProposalStatus.ADOPTED, null, null, 300_000, TODAY, NOW, "t");
        assertThrows(DomainException.class, () -> p.move(ProposalStatus.GRANTED, null, 300_001L, 300_000, TODAY, NOW, "t"));
        assertThrows(DomainException.class, () -> p.move(ProposalStatus.GRANTED, null, 0L, 300_000, TODAY, NOW, "t"));
        assertThrows(DomainException.class,
                () -> p.move(ProposalStatus.CONTRACT_NEGOTIATION, null, 5L, 300_000, TODAY, NOW, "t"));
        p.move(ProposalStatus.GRANTED, null, 300_000L, 300_000, TODAY, NOW, "t");
        assertEquals(300_000L, p.grantAmount());
        assertThrows(DomainException.class, () -> p.contracted(UUID.randomUUID(), NOW, "t"), "not yet in negotiation");
        p.move(ProposalStatus.CONTRACT_NEGOTIATION, null, null, 300_000, TODAY, NOW, "t");
        p.contracted(UUID.randomUUID(), NOW, "t");
        assertEquals(ProposalStatus.CONTRACTED, p.status());
        assertEquals(Origin.ARTICLE_10, p.origin());
    }

    private static CollaborationContract contract(LocalDate from, LocalDate to) {
        return new CollaborationContract(TSURUMI, UUID.randomUUID(), new CollaborationContract.Terms(ContractType.SUBSIDY,
                "NPO", "区", "目的", null, null, 100, from, to, List.of()), NOW, "t");
    }

    @Test
    void aContractIsEvaluatedOnlyAfterItsFiscalYearIsOverOrItEndedInIt() {
        CollaborationContract c = contract(LocalDate.of(2025, 4, 1), LocalDate.of(2028, 3, 31));
        assertThrows(DomainException.class, () -> c.checkEvaluable(2025, TODAY), "a draft");
        c.sign(LocalDate.of(2025, 4, 1), NOW, "t");
        c.start(NOW, "t");
        c.checkEvaluable(2025, TODAY);
        DomainException running = assertThrows(DomainException.class, () -> c.checkEvaluable(2026, TODAY));
        assertEquals(DomainException.Kind.CONFLICT, running.kind());
        assertEquals(DomainException.Kind.INVALID_INPUT,
                assertThrows(DomainException.class, () -> c.checkEvaluable(2030, TODAY)).kind(), "outside the period");
        c.checkEvaluable(2026, LocalDate.of(2027, 4, 1));
        c.end(TODAY, NOW, "t");
        c.checkEvaluable(2026, TODAY);
        c.evaluated(2026, NOW, "t");
        assertEquals(ContractStatus.ENDED, c.status(), "its period goes on after FY2026, so not yet evaluated");
        assertEquals(List.of(CollaborationContract.WHOLE_PROJECT), c.businessAreas());
    }

    @Test
    void aSignedContractChangesOnlyByAnAmendment() {
        CollaborationContract c = contract(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31));
        c.sign(TODAY, NOW, "t");
        assertThrows(DomainException.class, () -> c.redraft(new CollaborationContract.Terms(ContractType.COMMISSION, "x",
                "y", "z", null, null, 1, TODAY, TODAY, List.of()), NOW, "t"));
        assertThrows(DomainException.class, () -> c.amend(LocalDate.of(2028, 3, 31), 200, NOW, "t"), "not in force yet");
        c.start(NOW, "t");
        c.amend(LocalDate.of(2028, 3, 31), 200, NOW, "t");
        assertEquals(ContractStatus.AMENDED, c.status());
        assertEquals(200, c.amount());
        c.end(LocalDate.of(2028, 3, 31), NOW, "t");
        c.evaluated(2027, NOW, "t");
        assertEquals(ContractStatus.EVALUATED, c.status());
    }

    private static List<Grade> column(String letters) {
        List<Grade> grades = new ArrayList<>();
        for (char c : letters.toCharArray()) {
            grades.add(c == '-' ? null : Grade.valueOf(String.valueOf(c)));
        }
        return grades;
    }

    private static final EvaluationSheet.Writer PARTNER = new EvaluationSheet.Writer("NPO法人テスト", "団体", "045-000-0001");
    private static final EvaluationSheet.Writer CITY = new EvaluationSheet.Writer("市民局市民協働推進課", "市", "045-000-0000");

    @Test
    void eachSideSubmitsItsOwnCompleteColumnAndDivergencesAreTwoGradesApart() {
        CollaborationContract c = contract(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31));
        EvaluationSheet sheet = new EvaluationSheet(c, 2025, "tsurumi." + "b".repeat(32), NOW);
        sheet.fill(EvaluationSheet.Side.PARTNER, column("A" + "-".repeat(16)), List.of("途中"), null, PARTNER, NOW);
        DomainException incomplete = assertThrows(DomainException.class, () -> sheet.submit(EvaluationSheet.Side.PARTNER, NOW));
        assertEquals(DomainException.Kind.INVALID_INPUT, incomplete.kind());
        assertThrows(DomainException.class,
                () -> sheet.fill(EvaluationSheet.Side.CITY, column("A".repeat(16)), List.of(""), null, CITY, NOW), "16 grades");
        assertThrows(DomainException.class,
                () -> sheet.fill(EvaluationSheet.Side.CITY, column("A".repeat(17)), List.of("", ""), null, CITY, NOW), "one area");
        sheet.fill(EvaluationSheet.Side.PARTNER, column("ADBBBBBBBBBBBBBBC"), List.of("団体の検証"), List.of("相談受付"), PARTNER, NOW);
        sheet.fill(EvaluationSheet.Side.CITY, column("CBBBBBBBBBBBBBBBA"), List.of("市の検証"), null, new EvaluationSheet.Writer(null, "市", null), NOW);
        DomainException noDivision = assertThrows(DomainException.class, () -> sheet.submit(EvaluationSheet.Side.CITY, NOW));
        assertEquals(List.of("organisation"), noDivision.fieldErrors().stream().map(e -> e.field()).toList(),
                "part 1 names the division");
        assertTrue(noDivision.fieldErrors().get(0).message().ja().contains("部署名"));
        sheet.fill(EvaluationSheet.Side.CITY, column("CBBBBBBBBBBBBBBBA"), List.of("市の検証"), List.of("調整"), CITY, NOW);
        assertThrows(DomainException.class, () -> sheet.writeJoint(List.of("一緒に"), "団体", NOW), "not before both submit");
        sheet.submit(EvaluationSheet.Side.PARTNER, NOW);
        assertThrows(DomainException.class, () -> sheet.fill(EvaluationSheet.Side.PARTNER, column("A".repeat(17)),
                List.of(""), null, PARTNER, NOW), "locked once submitted");
        assertThrows(DomainException.class, () -> sheet.publish(NOW), "the city has not submitted");
        sheet.submit(EvaluationSheet.Side.CITY, NOW);
        assertEquals(EvaluationStatus.COMPLETED, sheet.status());
        assertThrows(DomainException.class, () -> sheet.writeJoint(List.of("一", "二"), "団体", NOW), "one text per area");
        sheet.writeJoint(List.of(" 双方で検証した "), "市", NOW);
        assertEquals(List.of("双方で検証した"), sheet.joint());
        assertEquals("市", sheet.jointBy());
        assertEquals(List.of("相談受付"), sheet.roles(EvaluationSheet.Side.PARTNER));
        assertEquals(new EvaluationSheet.Writer("市民局市民協働推進課", "市", "045-000-0000"),
                sheet.writer(EvaluationSheet.Side.CITY));
        assertEquals(List.of(0, 1, 16), sheet.divergences(), "A-C, D-B and C-A; B-B never");
        sheet.publish(NOW);
        assertEquals(EvaluationStatus.PUBLISHED, sheet.status());
        assertThrows(DomainException.class, () -> sheet.writeJoint(List.of("後から"), "市", NOW), "read-only once published");
        assertEquals(List.of("団体の検証"), sheet.notes(EvaluationSheet.Side.PARTNER));
        assertEquals(Grade.C, sheet.grades(EvaluationSheet.Side.CITY).get(0));
    }

    @Test
    void theSheetHasTheSeventeenQuestionsOfTheFy2022SheetInOrder() {
        assertEquals(17, EvaluationQuestion.ALL.size());
        assertEquals(6, EvaluationQuestion.ALL.stream().filter(q -> q.stage() == EvaluationStage.PLANNING).count());
        assertEquals(7, EvaluationQuestion.ALL.stream().filter(q -> q.stage() == EvaluationStage.IMPLEMENTATION).count());
        assertEquals(4, EvaluationQuestion.ALL.stream().filter(q -> q.stage() == EvaluationStage.REVIEW).count());
        for (int i = 0; i < 17; i++) {
            assertEquals(i, EvaluationQuestion.ALL.get(i).index());
        }
        List<String> all = new ArrayList<>(EvaluationQuestion.ALL.stream().map(q -> q.text().ja()).toList());
        Collections.sort(all);
        assertEquals(17, all.stream().distinct().count());
    }

    @Test
    void aProjectCollectsTheYearsItRanAndHadAContract() {
        CollaborationProject p = new CollaborationProject(TSURUMI, OwnerKind.WARD, "鶴見区", "区政推進課", "事業",
                ActivityField.CIVIC_AND_COMMUNITY, null, null, "key", null, NOW, "t");
        p.ranIn(2021, false, NOW, "t");
        p.ranIn(2020, true, NOW, "t");
        p.ranIn(2021, false, NOW, "t");
        assertEquals(List.of(2020, 2021), List.copyOf(p.fiscalYears()));
        assertEquals(List.of(2020), List.copyOf(p.contractYears()));
        assertEquals("%,2020,%", CollaborationProject.yearPattern(2020));
        assertNull(p.origin());
    }
}
