package jp.kyodonet.collaboration.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jp.kyodonet.collaboration.entity.CollaborationContract;
import jp.kyodonet.collaboration.entity.ContractType;
import jp.kyodonet.collaboration.entity.EvaluationSheet;
import jp.kyodonet.collaboration.entity.EvaluationStatus;
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
 * The figures of the mayor's yearly report to the council (横浜市市民協働条例 第20条), computed from the
 * records of one fiscal year: projects by field for ward-owned, bureau-owned and all, with totals
 * summed from the rows; projects with a collaboration contract; contracts by type; proposals received and
 * adopted (counted per centre by the caller); published evaluation sheets.
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

    @Inject
    CollaborationRepository catalogue;

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
        for (ContractType type : ContractType.values()) {
            byType.put(type, new long[2]);
        }
        for (Object[] row : catalogue.contractsInYear(year.firstDay(), year.lastDay())) {
            CollaborationContract contract = (CollaborationContract) row[1];
            (row[0] == OwnerKind.WARD ? wardContracted : bureauContracted).add(contract.projectId().toString());
            long[] sums = byType.get(contract.type());
            sums[0]++;
            sums[1] += contract.amount();
        }
        List<ContractRow> contracts = new ArrayList<>();
        long contractsTotal = 0;
        long amountTotal = 0;
        for (ContractType type : ContractType.values()) {
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
}
