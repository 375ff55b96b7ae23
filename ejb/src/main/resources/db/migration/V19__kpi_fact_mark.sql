-- Durable change marks (issue 18): a change to a counted record marks, in its own transaction, the (centre, source,
-- fiscal year) it makes stale: one row per key, stale = TRUE. Workers on any server claim a stale row with
-- SELECT ... FOR UPDATE SKIP LOCKED, recompute that fiscal year and clear the mark in the same transaction as the
-- facts; a crash loses nothing. A row is cleared, never deleted: writers then only ever update an existing row
-- (INSERT ... ON DUPLICATE KEY UPDATE takes an exclusive lock), where deleting it let two writers waiting for the
-- same deleted row both take a shared lock and deadlock on the insert (found by KpiMarksConcurrencyIT).
-- marked_at: the oldest change not yet counted; attempts/retry_at/last_error: a failed recomputation waits to retry.
CREATE TABLE kpi_fact_mark (
  tenant_id      VARCHAR(32)   NOT NULL,
  source         VARCHAR(16)   NOT NULL,
  fiscal_year    SMALLINT      NOT NULL,
  stale          BOOLEAN       NOT NULL,
  marked_at      DATETIME(6)   NOT NULL,
  recomputed_at  DATETIME(6)   NULL,
  attempts       INT           NOT NULL DEFAULT 0,
  retry_at       DATETIME(6)   NULL,
  last_error     VARCHAR(500)  NULL,
  PRIMARY KEY (tenant_id, source, fiscal_year),
  KEY ix_kpi_fact_mark_stale (stale, marked_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The facts computed by the code before this version are recomputed once by the new suppliers.
INSERT INTO kpi_fact_mark (tenant_id, source, fiscal_year, stale, marked_at)
  SELECT DISTINCT tenant_id, source, fiscal_year, TRUE, UTC_TIMESTAMP(6) FROM kpi_fact;

-- The per-(centre, source) lock row of the in-memory queue is replaced by the marks.
DROP TABLE kpi_fact_refresh;

-- Every run of the nightly check (a persistent timer: once per deployment group) and of the start-up, by server.
CREATE TABLE kpi_check_run (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  kind         VARCHAR(16)   NOT NULL,
  server       VARCHAR(100)  NOT NULL,
  started_at   DATETIME(6)   NOT NULL,
  finished_at  DATETIME(6)   NULL,
  checked      INT           NOT NULL DEFAULT 0,
  marked       INT           NOT NULL DEFAULT 0,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
