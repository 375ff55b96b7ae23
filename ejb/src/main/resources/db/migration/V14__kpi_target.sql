-- KPI targets (AGGREGATE scope: numbers per centre, fiscal year and indicator, with who set them).
CREATE TABLE kpi_target (
  id            VARCHAR(100)   NOT NULL,
  version       BIGINT         NOT NULL,
  tenant        VARCHAR(32)    NOT NULL,
  fiscal_year   INT            NOT NULL,
  code          VARCHAR(60)    NOT NULL,
  target_value  DECIMAL(14,2)  NOT NULL,
  set_by        VARCHAR(200)   NOT NULL,
  set_at        DATETIME(6)    NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_kpi_target (tenant, fiscal_year, code),
  KEY ix_kpi_target_year (fiscal_year, code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
