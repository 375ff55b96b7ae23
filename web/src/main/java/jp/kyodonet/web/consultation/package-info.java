/** REST resources of the consultation capability. */
package jp.kyodonet.web.consultation;
