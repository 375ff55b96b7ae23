package jp.kyodonet.tenants;

/** What kind of centre a tenant is. */
public enum TenantKind {
    /** The city centre (市民協働推進センター); it also hosts the network and HQ roles. */
    CITY_CENTRE(1),
    /** A ward centre (区民活動支援センター). */
    WARD_CENTRE(3);

    private final int registrationCycleYears;

    TenantKind(int registrationCycleYears) {
        this.registrationCycleYears = registrationCycleYears;
    }

    /**
     * How many fiscal years an organisation's registration lasts before renewal: 3 at ward centres
     * (domain model b.7, 001:L1340-1373); the city centre renews every year (an assumption the seed
     * documents do not settle).
     */
    public int registrationCycleYears() {
        return registrationCycleYears;
    }
}
