/**
 * KPIs and HQ figures. AGGREGATE scope: counts per centre per fiscal year, read through the separate
 * read-only {@code kyodo-aggregate} persistence unit whose entities map no personal-data column.
 * HQ (hq-analyst) sees these and nothing else.
 */
package jp.kyodonet.kpi;
