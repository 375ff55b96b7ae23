package jp.kyodonet.collaboration.entity;

import jp.kyodonet.organisation.entity.ActivityField;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.error.FieldError;
import jp.kyodonet.tenants.TenantId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnnualSurveyTest {

    private static final Instant NOW = Instant.parse("2021-05-10T01:00:00Z");

    private static AnnualSurveyRow.Content content(boolean contracted, int count, ContractType form, Origin origin) {
        return new AnnualSurveyRow.Content("地域振興課", "事業", ActivityField.CIVIC_AND_COMMUNITY, null, null, contracted, count,
                form, null, origin);
    }

    private static List<String> fields(AnnualSurveyRow.Content content) {
        return content.contradictions().stream().map(FieldError::field).toList();
    }

    @Test
    void aContractNeedsACountAndAnOriginAndNoContractNeitherCountNorForm() {
        assertEquals(List.of(), fields(content(true, 2, ContractType.COMMISSION, Origin.ARTICLE_9)));
        assertEquals(List.of(), fields(content(true, 13, null, Origin.ARTICLE_9)), "a form may be left out (mixed)");
        assertEquals(List.of(), fields(content(false, 0, null, null)));
        assertEquals(List.of("contractCount", "origin"), fields(content(true, 0, null, null)));
        assertEquals(List.of("contracted"), fields(content(false, 1, null, null)));
        assertEquals(List.of("contracted"), fields(content(false, 0, ContractType.SUBSIDY, null)));
        assertEquals(List.of("contractForm"), fields(content(true, 1, ContractType.CO_HOSTING, Origin.ARTICLE_10)),
                "共催 is not one of 003's three contract forms");
    }

    @Test
    void aCarriedRowIsConfirmedByStatingItAndARemovedRowStaysRemoved() {
        AnnualSurvey survey = new AnnualSurvey("yokohama", new TenantId("city"), 2021, null, NOW, "課");
        AnnualSurveyAnswer answer = new AnnualSurveyAnswer(survey, new TenantId("tsurumi"), OwnerKind.WARD, "鶴見区", NOW, "課");
        AnnualSurveyRow row = new AnnualSurveyRow(answer, null, AnnualSurveyRow.State.CARRIED, content(false, 0, null, null),
                NOW, "課");
        row.state(content(true, 1, ContractType.SHARED_COST, Origin.ARTICLE_10), NOW, "区");
        assertEquals(AnnualSurveyRow.State.CONFIRMED, row.state());
        assertTrue(row.describe().contains("\"contractForm\":\"SHARED_COST\""), row.describe());
        assertThrows(DomainException.class, () -> row.state(content(true, 0, null, null), NOW, "区"), "contradictions refused");
        assertEquals(1, row.contractCount(), "nothing was written");
        row.remove(NOW, "区");
        assertThrows(DomainException.class, () -> row.state(content(false, 0, null, null), NOW, "区"));
    }

    @Test
    void aClosedSurveyTakesNoAnswersAndASubmittedAnswerOnlyAfterItIsReturned() {
        AnnualSurvey survey = new AnnualSurvey("yokohama", new TenantId("city"), 2021, null, NOW, "課");
        AnnualSurveyAnswer answer = new AnnualSurveyAnswer(survey, new TenantId("city"), OwnerKind.BUREAU, "市民局", NOW, "課");
        answer.requireEditable(survey);
        answer.submit(NOW, "局");
        assertThrows(DomainException.class, () -> answer.requireEditable(survey));
        answer.giveBack("件数を確認してください", NOW, "課");
        answer.requireEditable(survey);
        assertEquals("件数を確認してください", answer.returnedReason());
        survey.close(NOW, "課");
        assertThrows(DomainException.class, () -> answer.requireEditable(survey));
        assertThrows(DomainException.class, () -> survey.close(NOW, "課"), "closed once");
    }

    @Test
    void theAnswerReplacesWhatTheCatalogueSaidOfTheYear() {
        CollaborationProject project = new CollaborationProject(new TenantId("tsurumi"), OwnerKind.WARD, "鶴見区", "区政推進課",
                "事業", ActivityField.CIVIC_AND_COMMUNITY, null, null, null, null, NOW, "課");
        project.ranIn(2020, true, NOW, "課");
        project.ranIn(2021, true, NOW, "課");
        project.answeredFor(2021, true, false, NOW, "区");
        assertEquals(new TreeSet<>(List.of(2020, 2021)), new TreeSet<>(project.fiscalYears()));
        SortedSet<Integer> contracts = project.contractYears();
        assertEquals(new TreeSet<>(List.of(2020)), new TreeSet<>(contracts), "no contract in 2021 any more");
        project.answeredFor(2021, false, false, NOW, "区");
        assertEquals(new TreeSet<>(List.of(2020)), new TreeSet<>(project.fiscalYears()), "did not run in 2021");
    }
}
