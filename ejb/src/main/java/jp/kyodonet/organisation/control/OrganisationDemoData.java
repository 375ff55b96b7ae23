package jp.kyodonet.organisation.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jp.kyodonet.organisation.entity.ActivityField;
import jp.kyodonet.organisation.entity.LegalForm;
import jp.kyodonet.organisation.entity.Organisation;
import jp.kyodonet.organisation.entity.OrganisationDetails;
import jp.kyodonet.platform.demo.DemoDataRequested;
import jp.kyodonet.platform.tenancy.TenantDirectory;
import jp.kyodonet.platform.time.BusinessClock;
import jp.kyodonet.platform.time.FiscalYear;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Demo organisations for a demo centre (fictional groups): registered ones (one of them due for renewal),
 * one after its hearing and one fresh application. Added only to a centre with no organisation yet.
 */
@Stateless
public class OrganisationDemoData {

    private enum Stage { APPLIED, HEARD, REGISTERED, DUE }

    private record Sample(String name, LegalForm form, String representative, String contact, Set<ActivityField> fields,
                          int daysAgo, Stage stage) {
    }

    private static final List<Sample> SAMPLES = List.of(
            new Sample("NPO法人ひだまりサロン", LegalForm.NPO_CORPORATION, "小林 由紀", "hidamari@example.jp",
                    Set.of(ActivityField.HEALTH_MEDICAL_WELFARE, ActivityField.CIVIC_AND_COMMUNITY), 200, Stage.REGISTERED),
            new Sample("みどり川の会", LegalForm.VOLUNTARY_GROUP, "佐藤 健", "045-000-0101",
                    Set.of(ActivityField.ENVIRONMENT), 30, Stage.REGISTERED),
            new Sample("多文化ひろば", LegalForm.VOLUNTARY_GROUP, "山本 直子", "tabunka@example.jp",
                    Set.of(ActivityField.CHILDREN_AND_YOUTH, ActivityField.HUMAN_RIGHTS_GENDER_EQUALITY), 1200, Stage.DUE),
            new Sample("桜台町内会", LegalForm.NEIGHBOURHOOD_ASSOCIATION, "高橋 誠", "sakuradai@example.jp",
                    Set.of(ActivityField.DISASTER_PREVENTION_RELIEF, ActivityField.CRIME_PREVENTION_SAFETY), 12, Stage.HEARD),
            new Sample("子ども食堂 こもれび", LegalForm.VOLUNTARY_GROUP, "青木 美咲", "komorebi@example.jp",
                    Set.of(ActivityField.CHILDREN_AND_YOUTH), 3, Stage.APPLIED));

    private static final String BY = "デモデータ (demo)";

    @Inject
    OrganisationRepository organisations;

    @Inject
    TenantDirectory tenants;

    @Inject
    BusinessClock clock;

    public void load(@Observes DemoDataRequested request) {
        if (organisations.count() > 0) {
            return;
        }
        LocalDate today = request.today();
        var centre = tenants.findActive(request.tenant().value()).orElseThrow();
        int cycle = centre.kind().registrationCycleYears();
        for (Sample sample : SAMPLES) {
            LocalDate applied = today.minusDays(sample.daysAgo());
            Organisation o = Organisation.apply(new OrganisationDetails(sample.name(), sample.form(),
                    sample.representative(), sample.contact(), null, sample.fields(), null, true), applied, today,
                    clock.now(), BY);
            if (sample.stage() != Stage.APPLIED) {
                o.recordHearing("地域の団体や行政と連携した取組を広げたい", "活動の経験と地域のつながり", "担い手の確保",
                        clock.now(), BY);
            }
            if (sample.stage() == Stage.REGISTERED || sample.stage() == Stage.DUE) {
                LocalDate registered = sample.stage() == Stage.DUE
                        ? new FiscalYear(FiscalYear.of(today).startYear() - cycle).firstDay().plusMonths(2)
                        : applied.plusDays(7).isAfter(today) ? today : applied.plusDays(7);
                var required = centre.registrationRequirements();
                o.register(required, required.stream().map(jp.kyodonet.tenants.RegistrationRequirement::code)
                        .collect(java.util.stream.Collectors.toSet()), organisations.nextRegistrationNumber(FiscalYear.of(registered)),
                        registered.isBefore(applied) ? applied : registered, cycle, today, clock.now(), BY);
            }
            organisations.add(o);
            organisations.flush();
        }
    }
}
