package jp.kyodonet.collaboration.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jp.kyodonet.collaboration.entity.CollaborationProject;
import jp.kyodonet.collaboration.entity.OwnerKind;
import jp.kyodonet.organisation.entity.ActivityField;
import jp.kyodonet.organisation.entity.OrganisationVocabulary;
import jp.kyodonet.platform.csv.Csv;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.error.FieldError;
import jp.kyodonet.platform.error.Message;
import jp.kyodonet.platform.tenancy.TenantDirectory;
import jp.kyodonet.tenants.Tenant;
import jp.kyodonet.tenants.TenantId;
import jp.kyodonet.tenants.TenantKind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Imports the city's list of collaboration projects of one fiscal year from CSV in the format of
 * {@code shared/data/projects-r2.csv}: {@code owner_kind} (ward/bureau), {@code owner}, {@code division},
 * {@code name}, {@code field_no} (1-12), {@code field} (optional; must name the same field),
 * {@code partners}, and a contract column ({@code contract} or {@code contract_<year>}: yes/no). Every
 * row is checked first; one bad row refuses the whole file with every problem named by line, and nothing
 * is written. A project already in the catalogue (same owner, division, name and occurrence of that name
 * in the file) gets the year added instead of a second row, so the same file twice adds nothing.
 */
@Dependent
public class ProjectCatalogueImport {

    /** What an import did. */
    public record Report(int fiscalYear, int rows, int created, int yearAdded, int unchanged, int wardProjects,
                         int bureauProjects) {
    }

    static final int MAX_ROWS = 5_000;
    private static final List<String> REQUIRED = List.of("owner_kind", "owner", "division", "name", "field_no");

    /** One checked row, ready to write. */
    record Line(int line, OwnerKind kind, TenantId ownerTenant, String owner, String division, String name,
                ActivityField field, String partners, boolean contracted, String key) {
    }

    @Inject
    CollaborationRepository catalogue;

    @Inject
    TenantDirectory tenants;

    /**
     * Imports {@code csv} as the catalogue of {@code fiscalYear} for {@code importer}: the city centre may
     * import every row; a ward's centre only the rows its ward owns.
     */
    public Report run(String csv, int fiscalYear, TenantId importer, Instant now, String by) {
        List<Line> lines = check(csv, importer);
        int created = 0;
        int added = 0;
        int unchanged = 0;
        Map<TenantId, List<Line>> byOwner = new LinkedHashMap<>();
        lines.forEach(l -> byOwner.computeIfAbsent(l.ownerTenant(), k -> new ArrayList<>()).add(l));
        for (Map.Entry<TenantId, List<Line>> owner : byOwner.entrySet()) {
            Map<String, CollaborationProject> known = catalogue.byCatalogueKey(owner.getKey(),
                    owner.getValue().stream().map(Line::key).toList());
            for (Line line : owner.getValue()) {
                CollaborationProject project = known.get(line.key());
                if (project == null) {
                    project = new CollaborationProject(line.ownerTenant(), line.kind(), line.owner(), line.division(),
                            line.name(), line.field(), line.partners(), null, line.key(), null, now, by);
                    project.ranIn(fiscalYear, line.contracted(), now, by);
                    catalogue.add(project);
                    created++;
                } else if (project.fiscalYears().contains(fiscalYear)
                        && (!line.contracted() || project.contractYears().contains(fiscalYear))) {
                    unchanged++;
                } else {
                    project.ranIn(fiscalYear, line.contracted(), now, by);
                    added++;
                }
            }
        }
        catalogue.flush();
        int ward = (int) lines.stream().filter(l -> l.kind() == OwnerKind.WARD).count();
        return new Report(fiscalYear, lines.size(), created, added, unchanged, ward, lines.size() - ward);
    }

    /** Parses and checks every row; throws one 400 naming every problem by line. */
    List<Line> check(String csv, TenantId importer) {
        List<Csv.Row> rows;
        try {
            rows = Csv.parse(csv);
        } catch (IllegalArgumentException broken) {
            throw DomainException.invalidInput(List.of(new FieldError("file", new Message(
                    "CSV として読めません: " + broken.getMessage(), "not readable as CSV: " + broken.getMessage()))));
        }
        if (rows.isEmpty()) {
            throw DomainException.invalidInput(List.of(new FieldError("file", new Message("見出し行がありません", "no header line"))));
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = rows.get(0).fields();
        String contractColumn = null;
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            columns.put(name, i);
            if (contractColumn == null && (name.equals("contract") || name.startsWith("contract_"))) {
                contractColumn = name;
            }
        }
        List<FieldError> errors = new ArrayList<>();
        REQUIRED.stream().filter(c -> !columns.containsKey(c)).forEach(c -> errors.add(new FieldError("header",
                new Message("列「" + c + "」がありません", "column " + c + " is missing"))));
        if (!errors.isEmpty()) {
            throw DomainException.invalidInput(errors);
        }
        List<Csv.Row> data = rows.subList(1, rows.size()).stream().filter(r -> !r.isBlank()).toList();
        if (data.isEmpty() || data.size() > MAX_ROWS) {
            throw DomainException.invalidInput(List.of(new FieldError("file", new Message(
                    "事業の行は1行以上" + MAX_ROWS + "行以下にしてください", "the file must have 1 to " + MAX_ROWS + " project rows"))));
        }
        Tenant city = tenants.cityCentre();
        boolean cityImports = city.id().equals(importer);
        Map<String, Integer> occurrences = new HashMap<>();
        List<Line> lines = new ArrayList<>();
        for (Csv.Row row : data) {
            int errorsBefore = errors.size();
            String kindText = cell(row, columns, "owner_kind");
            String owner = cell(row, columns, "owner");
            String division = cell(row, columns, "division");
            String name = cell(row, columns, "name");
            String fieldNo = cell(row, columns, "field_no");
            String fieldText = cell(row, columns, "field");
            String partners = cell(row, columns, "partners");
            String contract = contractColumn == null ? "" : cell(row, columns, contractColumn);
            OwnerKind kind = switch (kindText.toLowerCase(Locale.ROOT)) {
                case "ward", "区" -> OwnerKind.WARD;
                case "bureau", "局" -> OwnerKind.BUREAU;
                default -> null;
            };
            if (kind == null) {
                errors.add(error(row, "owner_kind", "ward か bureau を指定してください", "must be ward or bureau"));
            }
            required(errors, row, "owner", owner, 100);
            required(errors, row, "division", division, 300);
            required(errors, row, "name", name, 300);
            if (partners.length() > 1000) {
                errors.add(error(row, "partners", "1000文字以内にしてください", "at most 1000 characters"));
            }
            ActivityField field = field(errors, row, fieldNo, fieldText);
            Boolean contracted = switch (contract.toLowerCase(Locale.ROOT)) {
                case "yes", "true", "1", "有", "あり", "○" -> true;
                case "no", "false", "0", "無", "なし", "" -> false;
                default -> null;
            };
            if (contracted == null) {
                errors.add(error(row, contractColumn, "yes か no を指定してください", "must be yes or no"));
            }
            TenantId ownerTenant = null;
            if (kind == OwnerKind.WARD && !owner.isEmpty()) {
                Optional<Tenant> ward = wardCentre(owner);
                if (ward.isEmpty()) {
                    errors.add(error(row, "owner", "「" + owner + "」はこの市の区ではありません", owner + " is not a ward of this city"));
                } else {
                    ownerTenant = ward.get().id();
                }
            } else if (kind == OwnerKind.BUREAU) {
                ownerTenant = city.id();
            }
            if (ownerTenant != null && !cityImports && !ownerTenant.equals(importer)) {
                errors.add(error(row, "owner", "このセンターが管理しない事業です（" + owner + "）",
                        "this centre does not manage projects of " + owner));
            }
            if (errors.size() == errorsBefore) {
                String base = owner + "|" + division + "|" + name;
                int n = occurrences.merge(ownerTenant.value() + "|" + base, 1, Integer::sum);
                lines.add(new Line(row.line(), kind, ownerTenant, owner, division, name, field,
                        partners.isEmpty() ? null : partners, contracted, base + "|" + n));
            }
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalidInput(errors.size() > 200 ? errors.subList(0, 200) : errors);
        }
        return lines;
    }

    private Optional<Tenant> wardCentre(String owner) {
        String ward = normalise(owner);
        return tenants.active().stream()
                .filter(t -> t.kind() == TenantKind.WARD_CENTRE && t.area() != null && normalise(t.area()).endsWith(ward)
                        && normalise(t.area()).length() > ward.length())
                .findFirst();
    }

    /** 保土ヶ谷区 and 保土ケ谷区 are the same ward. */
    static String normalise(String name) {
        return name.strip().replace('ヶ', 'ケ').replace('ヵ', 'カ');
    }

    private static ActivityField field(List<FieldError> errors, Csv.Row row, String number, String text) {
        int n;
        try {
            n = Integer.parseInt(number);
        } catch (NumberFormatException notANumber) {
            n = 0;
        }
        if (n < 1 || n > ActivityField.values().length) {
            errors.add(error(row, "field_no", "1から12の数で指定してください", "must be a number from 1 to 12"));
            return null;
        }
        ActivityField field = ActivityField.values()[n - 1];
        String label = OrganisationVocabulary.label(field).ja();
        if (!text.isEmpty() && !text.startsWith(label)) {
            errors.add(error(row, "field", "分野番号 " + n + " は「" + label + "」です（「" + text + "」とずれています）",
                    "field number " + n + " is " + label + ", not " + text));
        }
        return field;
    }

    private static void required(List<FieldError> errors, Csv.Row row, String column, String value, int max) {
        if (value.isEmpty()) {
            errors.add(error(row, column, "必須です", "is required"));
        } else if (value.length() > max) {
            errors.add(error(row, column, max + "文字以内にしてください", "at most " + max + " characters"));
        }
    }

    private static String cell(Csv.Row row, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null || index >= row.fields().size() ? "" : row.fields().get(index).strip();
    }

    private static FieldError error(Csv.Row row, String column, String ja, String en) {
        return new FieldError("line " + row.line() + ": " + column, new Message(ja, en));
    }
}
