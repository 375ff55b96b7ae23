package jp.kyodonet.web.network;

import jp.kyodonet.network.boundary.NetworkForms;
import jp.kyodonet.network.control.NetworkRepository;
import jp.kyodonet.network.entity.PartnerSector;
import jp.kyodonet.organisation.entity.ActivityField;
import jp.kyodonet.web.platform.JsonFields;
import jp.kyodonet.web.platform.Params;

import java.util.Set;

/** Reading case bodies and library searches. */
final class CaseBodies {

    static final Set<String> CASE_FIELDS = Set.of("title", "theme", "fields", "sectors", "ward", "whatWasDone",
            "whatWorked", "whatWasHard", "contacts", "contactsConsent", "redactionConfirmed", "version");

    private CaseBodies() {
    }

    static NetworkForms.CaseForm form(JsonFields f) {
        return new NetworkForms.CaseForm(f.text("title"), f.text("theme"), f.choices("fields", ActivityField.class),
                f.choices("sectors", PartnerSector.class), f.text("ward"), f.text("whatWasDone"), f.text("whatWorked"),
                f.text("whatWasHard"), f.text("contacts"), f.truth("contactsConsent"), f.truth("redactionConfirmed"));
    }

    static NetworkRepository.CaseFilter filter(String theme, String field, String ward, String sector, String q) {
        Params params = new Params();
        NetworkRepository.CaseFilter filter = new NetworkRepository.CaseFilter(params.text("theme", theme, 100),
                params.choice("field", field, ActivityField.class), params.text("ward", ward, 40),
                params.choice("sector", sector, PartnerSector.class), params.text("q", q, 100));
        params.done();
        return filter;
    }
}
