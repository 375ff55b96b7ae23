-- Every FY2024 target of the city centre's plan (seed 000) tracked from records (issue 19, part 5).

-- A programme's line in the centre's operating plan (事業計画上の事業), where the plan sets a target for it:
-- 市民協働スタートアップ, 他都市の好事例共有, 協働HUB, イノベーションダイアログ. NULL: no such line.
ALTER TABLE programme ADD COLUMN plan_item VARCHAR(32) NULL AFTER kind;

-- A figure the centre reports for a month because the product does not hold its records (the mail magazine is
-- sent by another service): one value per centre, figure and month, with who entered it and when.
CREATE TABLE kpi_reported_figure (
  tenant_id     VARCHAR(32)    NOT NULL,
  id            CHAR(36)       NOT NULL,
  version       BIGINT         NOT NULL,
  code          VARCHAR(60)    NOT NULL,
  month         DATE           NOT NULL,
  figure_value  BIGINT         NOT NULL,
  note          VARCHAR(200)   NULL,
  entered_by    VARCHAR(200)   NOT NULL,
  entered_at    DATETIME(6)    NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE KEY uq_kpi_reported_figure (tenant_id, code, month)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The plan's 60 % is of people whose understanding *and* motivation improved in 市民協働スタートアップ
-- (programmes.startupMotivatedRate); the demo target that had been set on understanding alone goes.
DELETE FROM kpi_target WHERE fiscal_year = 2024 AND code = 'programmes.understandingRate'
  AND set_by LIKE '%seed 000%';
