/** What the health checks ask of the platform. */
package jp.kyodonet.platform.health;
