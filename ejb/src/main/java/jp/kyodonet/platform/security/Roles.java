package jp.kyodonet.platform.security;

/** The roles of the JWT {@code groups} claim (DESIGN.md). */
public final class Roles {

    public static final String CENTRE_STAFF = "centre-staff";
    public static final String CENTRE_MANAGER = "centre-manager";
    /** City tenant only: runs the network. */
    public static final String NETWORK_COORDINATOR = "network-coordinator";
    /** City tenant only: aggregates, never personal data. */
    public static final String HQ_ANALYST = "hq-analyst";
    /** The tenant catalogue, no business data. */
    public static final String PLATFORM_ADMIN = "platform-admin";

    public static final java.util.List<String> ALL =
            java.util.List.of(CENTRE_STAFF, CENTRE_MANAGER, NETWORK_COORDINATOR, HQ_ANALYST, PLATFORM_ADMIN);

    /** Roles that only a token of the city tenant may carry. */
    public static final java.util.Set<String> CITY_ONLY = java.util.Set.of(NETWORK_COORDINATOR, HQ_ANALYST);

    private Roles() {
    }
}
