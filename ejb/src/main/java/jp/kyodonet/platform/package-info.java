/**
 * Shared infrastructure of every capability: tenancy, security, errors, audit, time, persistence
 * start-up, health and the demo. Capabilities depend on the platform, never the other way round.
 */
package jp.kyodonet.platform;
