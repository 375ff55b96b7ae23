/** REST resources of the tenant catalogue and the signed-in user. */
package jp.kyodonet.web.tenancy;
