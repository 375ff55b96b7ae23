-- City totals (issue 18): per city (a group of centres), fiscal year, month, indicator and breakdown, the sum of its
-- centres' facts, kept with them: the worker that changes a centre's facts adds the differences here in the same
-- transaction (keys in primary-key order, so two workers never wait for each other in opposite orders). Rates and
-- medians are computed from these sums as from a centre's facts. The HQ trend reads these rows, not every centre's.
CREATE TABLE kpi_city_fact (
  city         VARCHAR(32)    NOT NULL,
  code         VARCHAR(60)    NOT NULL,
  fiscal_year  SMALLINT       NOT NULL,
  month        TINYINT        NOT NULL,
  dim          VARCHAR(100)   NOT NULL DEFAULT '',
  value        DECIMAL(16,2)  NOT NULL,
  PRIMARY KEY (city, code, fiscal_year, month, dim)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The totals are built from the differences each recomputation makes: the facts written before this version are
-- taken away so that every key is written again (each was marked stale by V19) and counted into its city's totals.
DELETE FROM kpi_fact;

-- A heartbeat every server writes every two seconds: read where the facts are read (a replica, past one machine), it
-- tells how fresh what that database holds is; with the oldest stale mark it gives the time the figures are as of.
CREATE TABLE kpi_heartbeat (
  id       TINYINT      NOT NULL,
  beat_at  DATETIME(6)  NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO kpi_heartbeat (id, beat_at) VALUES (1, UTC_TIMESTAMP(6));
