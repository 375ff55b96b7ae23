package jp.kyodonet.consultation.boundary;

import jp.kyodonet.tenants.Tenant;

/** A centre as another centre sees it on a referral: its tenant id and display names. */
public record CentreRef(String id, String nameJa, String nameEn) {

    static CentreRef of(Tenant tenant) {
        return new CentreRef(tenant.id().value(), tenant.displayNameJa(), tenant.displayNameEn());
    }
}
