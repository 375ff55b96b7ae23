package jp.kyodonet.tenants;

/** What kind of centre a tenant is. */
public enum TenantKind {
    /** The city centre (市民協働推進センター); it also hosts the network and HQ roles. */
    CITY_CENTRE,
    /** A ward centre (区民活動支援センター). */
    WARD_CENTRE
}
