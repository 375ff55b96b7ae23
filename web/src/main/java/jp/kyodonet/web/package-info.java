/**
 * The web module: JAX-RS resources under {@code /api/v1} (one package per capability), the security
 * wiring (MicroProfile JWT plus the tenant filter), problem+json errors and the portal pages.
 * Resources call boundaries only; they never touch an EntityManager.
 */
package jp.kyodonet.web;
