/**
 * Tenancy as infrastructure: the tenant-owned base entity, the request's current tenant, the one
 * interceptor that applies it to every persistence context, the tenant directory, and the explicit
 * runner for system work per tenant.
 */
package jp.kyodonet.platform.tenancy;
