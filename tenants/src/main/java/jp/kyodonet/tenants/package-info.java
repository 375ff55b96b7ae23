/**
 * The tenant catalogue: one data file per centre under {@code jp/kyodonet/tenants/catalogue/},
 * loaded and validated once at start-up. A new ward, or a second city, is a new file, not new code.
 * This jar sits in the EAR's {@code lib/} so that every module sees the same tenant types.
 */
package jp.kyodonet.tenants;
