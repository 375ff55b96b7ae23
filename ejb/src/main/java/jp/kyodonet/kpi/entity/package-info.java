/** Read-only, PII-free fact mappings of the aggregate persistence unit. */
package jp.kyodonet.kpi.entity;
