-- The firings of the facts' persistent minute timer (KpiFactMaintenance.everyMinute), one row per minute it was due:
-- the server that ran it and when. A deployment group fires a persistent timer once, except after the whole group was
-- stopped: then Payara's data grid store has lost the timer and every instance creates its own (seen with
-- bin/kyodo cluster). The first firing of a minute inserts the row and does the minute's work (the nightly check);
-- any further firing of the same minute only counts itself in also_fired and does nothing. Rows older than a week are
-- removed by the timer itself.
CREATE TABLE kpi_timer_firing (
  due_at         DATETIME      NOT NULL,
  server         VARCHAR(100)  NOT NULL,
  fired_at       DATETIME(3)   NOT NULL,
  also_fired     INT           NOT NULL DEFAULT 0,
  also_fired_by  VARCHAR(100)  NULL,
  PRIMARY KEY (due_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
