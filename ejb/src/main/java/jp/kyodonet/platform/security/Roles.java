package jp.kyodonet.platform.security;

/** The roles of the JWT {@code groups} claim (DESIGN.md). */
public final class Roles {

    public static final String CENTRE_STAFF = "centre-staff";
    public static final String CENTRE_MANAGER = "centre-manager";
    /** City tenant only: runs the network. */
    public static final String NETWORK_COORDINATOR = "network-coordinator";
    /**
     * City tenant only: the city's collaboration division (市民局 市民協働推進課). Reads aggregates, never a centre's
     * personal data; writes the 行政 side where the division owns it (the city centre's own contract, the annual survey,
     * the ordinance report). The id is older than the post's name and stays, because tokens and accounts carry it.
     */
    public static final String HQ_ANALYST = "hq-analyst";
    /**
     * A ward office's officer (区役所, e.g. 地域振興課), on the ward's tenant: the 行政 side of the ward's own
     * collaboration projects. Never a centre's personal data.
     */
    public static final String WARD_OFFICER = "ward-officer";
    /**
     * A city bureau's officer (局の所管課), on the city tenant, with the bureau and the division in the token
     * ({@code bureau}, {@code division}): the 行政 side of that bureau's projects. Never a centre's personal data.
     */
    public static final String BUREAU_OFFICER = "bureau-officer";
    /** The tenant catalogue, no business data. */
    public static final String PLATFORM_ADMIN = "platform-admin";

    public static final java.util.List<String> ALL = java.util.List.of(CENTRE_STAFF, CENTRE_MANAGER, NETWORK_COORDINATOR,
            HQ_ANALYST, WARD_OFFICER, BUREAU_OFFICER, PLATFORM_ADMIN);

    /** Roles that only a token of the city tenant may carry. */
    public static final java.util.Set<String> CITY_ONLY = java.util.Set.of(NETWORK_COORDINATOR, HQ_ANALYST, BUREAU_OFFICER);

    /** Roles that only a token of a ward's tenant may carry. */
    public static final java.util.Set<String> WARD_ONLY = java.util.Set.of(WARD_OFFICER);

    private Roles() {
    }
}
