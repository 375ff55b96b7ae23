package jp.kyodonet.organisation.boundary;

/**
 * Renewals of registrations that came due in a fiscal year: renewed, lapsed, still pending, and the
 * renewal rate {@code renewed / (renewed + lapsed + pending)} (null when none came due).
 */
public record RenewalReport(int fiscalYear, String fiscalYearJa, long due, long renewed, long lapsed, long pending,
                            Double renewalRate) {
}
