package jp.kyodonet.collaboration.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jp.kyodonet.collaboration.entity.CollaborationContract;
import jp.kyodonet.collaboration.entity.ContractType;
import jp.kyodonet.collaboration.entity.EvaluationSheet;
import jp.kyodonet.collaboration.entity.EvaluationStatus;
import jp.kyodonet.collaboration.entity.AnnualSurvey;
import jp.kyodonet.collaboration.entity.AnnualSurveyAnswer;
import jp.kyodonet.collaboration.entity.AnnualSurveyRow;
import jp.kyodonet.collaboration.entity.CollaborationProject;
import jp.kyodonet.collaboration.entity.Origin;
import jp.kyodonet.collaboration.entity.OwnerKind;
import jp.kyodonet.organisation.entity.ActivityField;
import jp.kyodonet.platform.time.FiscalYear;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figures of the mayor's yearly report to the council (横浜市市民協働条例 第20条, 市民協働の取組状況), computed from
 * the records of one fiscal year: projects by field for ward-owned, bureau-owned and all, with totals summed from the
 * rows; projects with a collaboration contract; contracts by type; proposals received and adopted (counted per
 * centre by the caller); published evaluation sheets; and, once the year's survey of 区局 is closed, its section 2
 * ({@link Section2}: projects, contracts by 第9条 and 第10条, the contract list, the three contract forms) and the
 * 資料編's lists of projects by ward and by bureau.
 */
@Dependent
public class OrdinanceReport {

    /** Ward, bureau and their sum. */
    public record Split(long ward, long bureau, long total) {

        static Split of(long ward, long bureau) {
            return new Split(ward, bureau, ward + bureau);
        }

        Split plus(Split other) {
            return of(ward + other.ward, bureau + other.bureau);
        }
    }

    /** One row of the field table. */
    public record FieldRow(int number, ActivityField field, Split projects) {
    }

    /** Contracts of one type in the year: how many and their amounts in yen. */
    public record ContractRow(ContractType type, long contracts, long amount) {
    }

    /** A published sheet as the report lists it. */
    public record PublishedSheet(java.util.UUID id, java.util.UUID projectId, java.util.UUID contractId) {
    }

    /** The report's figures. */
    public record Figures(int fiscalYear, List<FieldRow> fields, Split totals, Split projectsWithContract,
                          List<ContractRow> contracts, long contractsTotal, long contractAmountTotal,
                          List<PublishedSheet> published) {
    }

    /** Projects and contracts: how many projects, how many contracts they had. */
    public record Count(long projects, long contracts) {
    }

    /** One line of section 2's contract list (＜協働契約を締結した市民協働事業一覧＞). */
    public record ContractListLine(int number, Origin origin, String name, String office, OwnerKind officeKind,
                                   long contracts) {
    }

    /** Contracts of one form (委託型・補助型・負担金型; null: the office gave no single form) by project, count, 事業費. */
    public record FormLine(ContractType form, long projects, long contracts, long amount, long withoutAmount) {
    }

    /** Section 2 as the closed survey of the year says it. */
    public record Section2(long offices, long answered, Split projects, Count contracted, Count byCity, Count byCitizens,
                          List<ContractListLine> contractList, List<FormLine> forms) {
    }

    /** A project in the 資料編 lists: its name and division. */
    public record ListedProject(String name, String division) {
    }

    /** One office's projects in the 資料編 lists. */
    public record OfficeList(OwnerKind kind, String office, List<ListedProject> projects) {
    }

    @Inject
    CollaborationRepository catalogue;

    @Inject
    SurveyRepository surveys;

    public Figures of(int fiscalYear) {
        Map<ActivityField, long[]> byField = new EnumMap<>(ActivityField.class);
        for (ActivityField field : ActivityField.values()) {
            byField.put(field, new long[2]);
        }
        for (Object[] row : catalogue.projectsByField(fiscalYear)) {
            byField.get((ActivityField) row[1])[row[0] == OwnerKind.WARD ? 0 : 1] += (Long) row[2];
        }
        List<FieldRow> fields = new ArrayList<>();
        Split totals = Split.of(0, 0);
        for (ActivityField field : ActivityField.values()) {
            long[] counts = byField.get(field);
            Split split = Split.of(counts[0], counts[1]);
            fields.add(new FieldRow(field.ordinal() + 1, field, split));
            totals = totals.plus(split);
        }
        FiscalYear year = new FiscalYear(fiscalYear);
        Set<Object> wardContracted = new HashSet<>();
        Set<Object> bureauContracted = new HashSet<>();
        for (Object[] row : catalogue.contractedProjectsFromCatalogue(fiscalYear)) {
            (row[0] == OwnerKind.WARD ? wardContracted : bureauContracted).add(row[1]);
        }
        Map<ContractType, long[]> byType = new EnumMap<>(ContractType.class);
        for (ContractType type : ContractType.FORMS) {
            byType.put(type, new long[2]);
        }
        for (Object[] row : catalogue.contractsInYear(year.firstDay(), year.lastDay())) {
            CollaborationContract contract = (CollaborationContract) row[1];
            if (!contract.type().isContractForm()) {
                continue; // an old 共催 record: not a 協働契約
            }
            (row[0] == OwnerKind.WARD ? wardContracted : bureauContracted).add(contract.projectId().toString());
            long[] sums = byType.get(contract.type());
            sums[0]++;
            sums[1] += contract.amount();
        }
        List<ContractRow> contracts = new ArrayList<>();
        long contractsTotal = 0;
        long amountTotal = 0;
        for (ContractType type : ContractType.FORMS) {
            long[] sums = byType.get(type);
            contracts.add(new ContractRow(type, sums[0], sums[1]));
            contractsTotal += sums[0];
            amountTotal += sums[1];
        }
        List<PublishedSheet> published = catalogue.evaluations(CollaborationRepository.Scope.cityWide(), fiscalYear,
                EvaluationStatus.PUBLISHED).stream()
                .map((EvaluationSheet e) -> new PublishedSheet(e.id(), e.projectId(), e.contractId())).toList();
        return new Figures(fiscalYear, fields, totals, Split.of(wardContracted.size(), bureauContracted.size()),
                contracts, contractsTotal, amountTotal, published);
    }

    /** The year's status of the survey in {@code city}: null when none was opened. */
    public java.util.Optional<AnnualSurvey> survey(String city, int fiscalYear) {
        return surveys.surveyOf(city, fiscalYear);
    }

    /**
     * Section 2 from the closed survey: the projects the offices answered, those with contracts and how many, split
     * by who proposed them, the contract list (003's numbers where the answer kept them, the rest numbered after them
     * in the order of the answers) and the three forms. {@code wardOrder}: the wards in the city's order.
     */
    public Section2 section2(AnnualSurvey survey, List<String> wardOrder) {
        long ward = 0;
        long bureau = 0;
        long contractedProjects = 0;
        long contracts = 0;
        long[] byCity = new long[2];
        long[] byCitizens = new long[2];
        Map<ContractType, long[]> forms = new java.util.LinkedHashMap<>();
        for (ContractType form : List.of(ContractType.COMMISSION, ContractType.SUBSIDY, ContractType.SHARED_COST)) {
            forms.put(form, new long[4]);
        }
        long[] noForm = new long[4];
        List<Object[]> rows = new ArrayList<>(surveys.submittedRows(survey.id()));
        rows.sort(java.util.Comparator.comparing((Object[] r) -> officeOrder((AnnualSurveyAnswer) r[0], wardOrder))
                .thenComparing(r -> ((AnnualSurveyRow) r[1]).listNumber() == null ? Integer.MAX_VALUE
                        : ((AnnualSurveyRow) r[1]).listNumber())
                .thenComparing(r -> ((AnnualSurveyRow) r[1]).division())
                .thenComparing(r -> ((AnnualSurveyRow) r[1]).name()));
        List<Object[]> contracted = new ArrayList<>();
        for (Object[] r : rows) {
            AnnualSurveyAnswer answer = (AnnualSurveyAnswer) r[0];
            AnnualSurveyRow row = (AnnualSurveyRow) r[1];
            if (answer.officeKind() == OwnerKind.WARD) {
                ward++;
            } else {
                bureau++;
            }
            if (!row.contracted()) {
                continue;
            }
            contracted.add(r);
            contractedProjects++;
            contracts += row.contractCount();
            long[] side = row.origin() == Origin.ARTICLE_10 ? byCitizens : byCity;
            side[0]++;
            side[1] += row.contractCount();
            long[] form = row.contractForm() == null ? noForm : forms.get(row.contractForm());
            form[0]++;
            form[1] += row.contractCount();
            if (row.contractAmount() == null) {
                form[3]++;
            } else {
                form[2] += row.contractAmount();
            }
        }
        int next = contracted.stream().map(r -> ((AnnualSurveyRow) r[1]).listNumber()).filter(java.util.Objects::nonNull)
                .mapToInt(Integer::intValue).max().orElse(0) + 1;
        List<ContractListLine> list = new ArrayList<>();
        for (Object[] r : contracted) {
            AnnualSurveyAnswer answer = (AnnualSurveyAnswer) r[0];
            AnnualSurveyRow row = (AnnualSurveyRow) r[1];
            int number = row.listNumber() != null ? row.listNumber() : next++;
            list.add(new ContractListLine(number, row.origin(), row.name(), answer.officeName(), answer.officeKind(),
                    row.contractCount()));
        }
        // as 003 lists them: the city's initiative first, then citizens' proposals, each by number
        list.sort(java.util.Comparator.comparing((ContractListLine l) -> l.origin() == Origin.ARTICLE_10)
                .thenComparing(ContractListLine::number));
        List<FormLine> formLines = new ArrayList<>();
        forms.forEach((form, n) -> formLines.add(new FormLine(form, n[0], n[1], n[2], n[3])));
        if (noForm[0] > 0) {
            formLines.add(new FormLine(null, noForm[0], noForm[1], noForm[2], noForm[3]));
        }
        List<AnnualSurveyAnswer> answers = surveys.answers(survey.id(), SurveyRepository.Office.everyOne());
        return new Section2(answers.size(), answers.stream().filter(AnnualSurveyAnswer::isSubmitted).count(),
                Split.of(ward, bureau), new Count(contractedProjects, contracts), new Count(byCity[0], byCity[1]),
                new Count(byCitizens[0], byCitizens[1]), list, formLines);
    }

    /** The 資料編 lists: the year's projects of each ward (in the city's order), then of each bureau. */
    public List<OfficeList> lists(int fiscalYear, List<String> wardOrder) {
        Map<String, List<ListedProject>> byOffice = new java.util.TreeMap<>(java.util.Comparator
                .comparing((String key) -> key.startsWith("W") ? "0" + String.format("%03d", wardIndex(key.substring(2), wardOrder))
                        : "1" + key.substring(2)));
        for (CollaborationProject p : catalogue.projects(CollaborationRepository.Scope.cityWide(),
                new CollaborationRepository.ProjectFilter(fiscalYear, null, null, null), 0, 100_000)) {
            String key = (p.ownerKind() == OwnerKind.WARD ? "W\t" : "B\t") + p.ownerName();
            byOffice.computeIfAbsent(key, k -> new ArrayList<>()).add(new ListedProject(p.name(), p.division()));
        }
        List<OfficeList> lists = new ArrayList<>();
        byOffice.forEach((key, projects) -> lists.add(new OfficeList(key.startsWith("W") ? OwnerKind.WARD : OwnerKind.BUREAU,
                key.substring(2), projects)));
        return lists;
    }

    private static String officeOrder(AnnualSurveyAnswer answer, List<String> wardOrder) {
        return answer.officeKind() == OwnerKind.WARD ? "0" + String.format("%03d", wardIndex(answer.officeName(), wardOrder))
                : "1" + answer.officeName();
    }

    private static int wardIndex(String ward, List<String> wardOrder) {
        int i = wardOrder.indexOf(ward);
        return i < 0 ? 999 : i;
    }
}
