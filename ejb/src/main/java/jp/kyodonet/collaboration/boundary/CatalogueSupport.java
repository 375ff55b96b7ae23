package jp.kyodonet.collaboration.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jp.kyodonet.collaboration.control.CollaborationRepository;
import jp.kyodonet.collaboration.entity.CollaborationContract;
import jp.kyodonet.collaboration.entity.CollaborationProject;
import jp.kyodonet.collaboration.entity.Origin;
import jp.kyodonet.collaboration.entity.OwnerKind;
import jp.kyodonet.organisation.entity.ActivityField;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.error.FieldError;
import jp.kyodonet.platform.error.Message;
import jp.kyodonet.platform.security.CurrentUser;
import jp.kyodonet.platform.tenancy.CurrentTenant;
import jp.kyodonet.platform.tenancy.TenantDirectory;
import jp.kyodonet.platform.time.BusinessClock;
import jp.kyodonet.tenants.Tenant;
import jp.kyodonet.tenants.TenantId;

import java.util.List;
import java.util.UUID;

/** What the staff boundaries share: new projects of the caller's centre and the contract view. */
@Dependent
public class CatalogueSupport {

    private static final String CITY_NAME = "横浜市";

    @Inject
    CollaborationRepository catalogue;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    TenantDirectory tenants;

    @Inject
    CurrentUser user;

    @Inject
    BusinessClock clock;

    /** A new project of the caller's centre: its ward's, or at the city centre a bureau's (named). */
    CollaborationProject newProject(String ownerName, String division, String name, ActivityField field, String partners,
                                    Origin origin, UUID proposalId) {
        TenantId here = here();
        Tenant centre = tenants.findActive(here.value()).orElseThrow();
        boolean city = centre.isCityCentre();
        String owner = city ? officersBureau(bureau(ownerName)) : wardName(centre);
        return new CollaborationProject(here, city ? OwnerKind.BUREAU : OwnerKind.WARD, owner, division, name, field,
                partners, origin, null, proposalId, clock.now(), user.signature());
    }

    static String bureau(String ownerName) {
        if (ownerName == null || ownerName.isBlank()) {
            throw DomainException.invalidInput(List.of(new FieldError("ownerName", new Message(
                    "所管の局を入力してください（例: 市民局）", "Name the owning bureau (e.g. 市民局)"))));
        }
        return ownerName.strip();
    }

    /** A bureau's officer registers their own bureau's projects only. */
    String officersBureau(String ownerName) {
        if (user.bureau() != null && !user.bureau().equals(ownerName)) {
            throw DomainException.invalidInput(List.of(new FieldError("ownerName", new Message(
                    "所管の局は所属の局（" + user.bureau() + "）だけを選べます",
                    "You can register projects of your own bureau (" + user.bureau() + ") only"))));
        }
        return ownerName;
    }

    static String wardName(Tenant centre) {
        String area = centre.area() == null ? centre.displayNameJa() : centre.area();
        return area.startsWith(CITY_NAME) ? area.substring(CITY_NAME.length()) : area;
    }

    Views.ContractView contractView(CollaborationContract c, CollaborationProject project, boolean managed) {
        List<Views.Amendment> amendments = catalogue.amendmentsOf(c.id()).stream()
                .map(a -> new Views.Amendment(a.amendedOn(), a.reason(), a.oldPeriodTo(), a.newPeriodTo(), a.oldAmount(),
                        a.newAmount(), a.recordedBy())).toList();
        List<Views.EvaluationSummary> evaluations = catalogue.evaluationsOf(c.id()).stream()
                .map(e -> Mapping.evaluation(e, project)).toList();
        return new Views.ContractView(c.id(), c.version(), project.id(), project.name(), project.ownerName(), c.type(),
                c.partner(), c.cityParty(), c.purpose(), c.roles(), c.costShare(), c.amount(), c.periodFrom(),
                c.periodTo(), c.businessAreas(), c.status(), c.signedOn(), c.endedOn(), managed, amendments, evaluations,
                c.centreIsPartner());
    }

    TenantId here() {
        return currentTenant.get().orElseThrow(() -> new IllegalStateException("no tenant in a collaboration request"));
    }
}
