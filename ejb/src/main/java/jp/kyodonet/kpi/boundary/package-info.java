/** HQ figure use cases (aggregates only). */
package jp.kyodonet.kpi.boundary;
