-- KPI facts (AGGREGATE scope): PII-free numbers per centre, source capability, fiscal year, month and indicator.
-- month: 1 = April ... 12 = March; 0 = an indicator counted once per fiscal year.
-- dim: a breakdown that keeps the city figure exact: the days of a median's distribution, the room of a utilisation rate.
-- Each (tenant_id, source) is recomputed as a whole from the records after every committed change.
CREATE TABLE kpi_fact (
  tenant_id    VARCHAR(32)    NOT NULL,
  source       VARCHAR(16)    NOT NULL,
  fiscal_year  SMALLINT       NOT NULL,
  month        TINYINT        NOT NULL,
  code         VARCHAR(60)    NOT NULL,
  dim          VARCHAR(100)   NOT NULL DEFAULT '',
  value        DECIMAL(14,2)  NOT NULL,
  PRIMARY KEY (tenant_id, source, fiscal_year, month, code, dim),
  KEY ix_kpi_fact_code (code, fiscal_year, tenant_id, month)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per centre and source: the lock a recomputation holds, and when it last ran.
CREATE TABLE kpi_fact_refresh (
  tenant_id     VARCHAR(32)  NOT NULL,
  source        VARCHAR(16)  NOT NULL,
  refreshed_at  DATETIME(6)  NULL,
  PRIMARY KEY (tenant_id, source)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
