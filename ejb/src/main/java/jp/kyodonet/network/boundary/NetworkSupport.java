package jp.kyodonet.network.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jp.kyodonet.platform.tenancy.CurrentTenant;
import jp.kyodonet.platform.tenancy.TenantDirectory;
import jp.kyodonet.tenants.Tenant;
import jp.kyodonet.tenants.TenantId;

/** The asking centre and centre names, for the network services. */
@Dependent
public class NetworkSupport {

    @Inject
    CurrentTenant currentTenant;

    @Inject
    TenantDirectory tenants;

    @Inject
    jp.kyodonet.network.control.NetworkRepository network;

    /** Cases in a list, with how many centres tried each too (one count query for the whole list). */
    java.util.List<NetworkViews.CaseSummary> summaries(java.util.List<jp.kyodonet.network.entity.CaseStudy> cases) {
        java.util.Map<String, Long> tried = network.triedCounts(cases.stream().map(jp.kyodonet.network.entity.CaseStudy::id).toList());
        return cases.stream().map(c -> summary(c, tried.getOrDefault(c.id().toString(), 0L))).toList();
    }

    /** A case with how many centres tried it too. */
    NetworkViews.CaseSummary summary(jp.kyodonet.network.entity.CaseStudy c, long tried) {
        return new NetworkViews.CaseSummary(c.id(), c.version(), c.ownerTenant().value(), name(c.ownerTenant().value()),
                c.title(), c.theme(), c.fields(), c.sectors(), c.ward(), c.status(), c.publishedAt(), tried);
    }

    TenantId here() {
        return currentTenant.get().orElseThrow(() -> new IllegalStateException("no tenant in a network request"));
    }

    Tenant centre(TenantId id) {
        return tenants.findActive(id.value()).orElseThrow();
    }

    String name(String id) {
        return tenants.all().stream().filter(t -> t.id().value().equals(id)).map(Tenant::displayNameJa).findFirst()
                .orElse(id);
    }

    /** The ward a centre serves (鶴見区), or 横浜市 for the city centre. */
    String wardOf(TenantId id) {
        String area = centre(id).area();
        return area == null ? centre(id).displayNameJa() : area.startsWith("横浜市") && area.length() > 3 ? area.substring(3) : area;
    }

    boolean isCity(TenantId id) {
        return tenants.cityCentre().id().equals(id);
    }

    /** A known active centre, or a 400 naming the field. */
    TenantId knownCentre(String field, String id) {
        return tenants.findActive(id).map(Tenant::id).orElseThrow(() -> jp.kyodonet.platform.error.DomainException.invalidInput(
                java.util.List.of(new jp.kyodonet.platform.error.FieldError(field, new jp.kyodonet.platform.error.Message(
                        "センターが見つかりません（" + id + "）", "unknown centre " + id)))));
    }
}
