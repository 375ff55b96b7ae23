/** Roles and the acting user. Token verification itself is MicroProfile JWT, wired in the web module. */
package jp.kyodonet.platform.security;
