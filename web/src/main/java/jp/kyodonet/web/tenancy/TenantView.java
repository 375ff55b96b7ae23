package jp.kyodonet.web.tenancy;

import jp.kyodonet.tenants.Tenant;

/** A centre as the public sees it. */
public record TenantView(String id, String officialName, String displayNameJa, String displayNameEn, String kind,
                         String area, String operatingModel, String operatingModelJa, String operator) {

    public static TenantView of(Tenant t) {
        return new TenantView(t.id().value(), t.officialName(), t.displayNameJa(), t.displayNameEn(), t.kind().name(),
                t.area(), t.operatingModel().name(), t.operatingModel().japanese(), t.operator());
    }
}
