/**
 * Web platform: the JAX-RS application, the authorisation filter (tenant from the verified token),
 * problem+json errors, JSON field reading, health checks and the demo sign-in.
 */
package jp.kyodonet.web.platform;
