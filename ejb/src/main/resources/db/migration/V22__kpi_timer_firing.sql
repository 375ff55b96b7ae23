-- Each firing of the facts' persistent minute timer (KpiFactMaintenance.everyMinute): the minute it was due, the
-- server that ran it and when. A deployment group fires a persistent timer once; these rows are how that is counted
-- (bin/kyodo cluster failover counts one row per minute, and one nightly check, while an instance is killed).
-- Rows older than a week are removed by the timer itself.
CREATE TABLE kpi_timer_firing (
  id        BIGINT        NOT NULL AUTO_INCREMENT,
  due_at    DATETIME      NOT NULL,
  server    VARCHAR(100)  NOT NULL,
  fired_at  DATETIME(3)   NOT NULL,
  PRIMARY KEY (id),
  KEY ix_kpi_timer_firing_due (due_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
