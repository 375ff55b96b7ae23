/** REST resources of HQ figures (aggregates only). */
package jp.kyodonet.web.kpi;
