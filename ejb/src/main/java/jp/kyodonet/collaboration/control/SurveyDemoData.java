package jp.kyodonet.collaboration.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jp.kyodonet.collaboration.control.CollaborationRepository.ProjectFilter;
import jp.kyodonet.collaboration.control.CollaborationRepository.Scope;
import jp.kyodonet.collaboration.entity.AnnualSurvey;
import jp.kyodonet.collaboration.entity.AnnualSurveyAnswer;
import jp.kyodonet.collaboration.entity.AnnualSurveyRow;
import jp.kyodonet.collaboration.entity.CollaborationProject;
import jp.kyodonet.collaboration.entity.ContractType;
import jp.kyodonet.collaboration.entity.Origin;
import jp.kyodonet.collaboration.entity.OwnerKind;
import jp.kyodonet.platform.tenancy.TenantDirectory;
import jp.kyodonet.platform.time.BusinessClock;
import jp.kyodonet.tenants.Tenant;
import jp.kyodonet.tenants.TenantId;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The FY2020 (R2) survey of 区局 as demo data, closed, every office answered: its rows are the R2 catalogue's
 * projects, and the 31 with collaboration contracts carry what seed 003 reports of them (contracts-r2.tsv: the
 * number in 003's list, how many contracts, 第9条 or 第10条, the form and 事業費 where 003 gives them). So the
 * ordinance report of FY2020 comes from records as the survey would have left them.
 */
@Dependent
public class SurveyDemoData {

    private static final int R2 = 2020;

    /** One line of contracts-r2.tsv. */
    private record Contracted(int number, int contracts, Origin origin, ContractType form, Long amount) {
    }

    @Inject
    CollaborationRepository catalogue;

    @Inject
    SurveyRepository surveys;

    @Inject
    TenantDirectory tenants;

    @Inject
    BusinessClock clock;

    /** Adds the closed R2 survey of {@code cityCentre}'s city, unless there is one. */
    public void load(TenantId cityCentre, String by) {
        String city = tenants.cityOf(cityCentre);
        if (surveys.surveyOf(city, R2).isPresent()) {
            return;
        }
        Map<String, Contracted> contracted = contracted();
        AnnualSurvey survey = new AnnualSurvey(city, cityCentre, R2, null, clock.now(), by);
        surveys.add(survey);
        Map<String, List<CollaborationProject>> byOffice = new LinkedHashMap<>();
        Map<String, TenantId> owners = new HashMap<>();
        for (Tenant ward : tenants.activeIn(city)) {
            if (!ward.isCityCentre()) {
                for (CollaborationProject p : projects(ward.id())) {
                    byOffice.computeIfAbsent("WARD\t" + p.ownerName(), k -> new ArrayList<>()).add(p);
                    owners.put("WARD\t" + p.ownerName(), ward.id());
                }
            }
        }
        for (CollaborationProject p : projects(cityCentre)) {
            byOffice.computeIfAbsent("BUREAU\t" + p.ownerName(), k -> new ArrayList<>()).add(p);
            owners.put("BUREAU\t" + p.ownerName(), cityCentre);
        }
        for (Map.Entry<String, List<CollaborationProject>> office : byOffice.entrySet()) {
            String[] key = office.getKey().split("\t");
            AnnualSurveyAnswer answer = new AnnualSurveyAnswer(survey, owners.get(office.getKey()), OwnerKind.valueOf(key[0]),
                    key[1], clock.now(), by);
            surveys.add(answer);
            for (CollaborationProject p : office.getValue()) {
                Contracted c = p.contractYears().contains(R2) ? contracted.get(p.ownerName() + "\t" + p.name()) : null;
                AnnualSurveyRow row = new AnnualSurveyRow(answer, p.id(), AnnualSurveyRow.State.CONFIRMED,
                        new AnnualSurveyRow.Content(p.division(), p.name(), p.field(), p.partners(), null, c != null,
                                c == null ? 0 : c.contracts(), c == null ? null : c.form(), c == null ? null : c.amount(),
                                c == null ? null : c.origin()), clock.now(), by);
                if (c != null) {
                    row.number(c.number());
                }
                surveys.add(row);
            }
            answer.submit(clock.now(), by);
        }
        survey.close(clock.now(), by);
        surveys.flush();
    }

    private List<CollaborationProject> projects(TenantId owner) {
        return catalogue.projects(Scope.of(owner), new ProjectFilter(R2, null, null, null), 0, 10_000);
    }

    private static Map<String, Contracted> contracted() {
        Map<String, Contracted> found = new HashMap<>();
        try (InputStream in = SurveyDemoData.class.getResourceAsStream("/jp/kyodonet/collaboration/demo/contracts-r2.tsv")) {
            if (in == null) {
                throw new IllegalStateException("the demo's R2 contract list is not in the application");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                found.put(cells[1] + "\t" + cells[2], new Contracted(Integer.parseInt(cells[0]), Integer.parseInt(cells[3]),
                        "10".equals(cells[4]) ? Origin.ARTICLE_10 : Origin.ARTICLE_9,
                        cells[5].isBlank() ? null : ContractType.valueOf(cells[5]),
                        cells[6].isBlank() ? null : Long.valueOf(cells[6].strip())));
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
