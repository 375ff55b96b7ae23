-- HQ's city view now reads one indicator of its city's centres for two fiscal years (and the city totals), not every
-- centre's five years. With 1,900 centres that read went through the primary key's tenant prefix, every fact of the
-- 19 centres (about 99,000 rows), and was p95 70 ms with 4 HQ clients; with this covering index it reads about 450
-- rows from the index alone (p95 25 ms; bench/README.md). The index for the old read (V16) serves nothing now.
ALTER TABLE kpi_fact DROP INDEX ix_kpi_fact_city, ADD KEY ix_kpi_fact_centre_code (tenant_id, code, fiscal_year, month, dim, value);
