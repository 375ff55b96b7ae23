-- The HQ city view reads one indicator of every centre over five fiscal years: with 1,900 centres that is about
-- 114,000 fact rows. This index holds every column that read selects, so it is answered from the index alone
-- (bench/run load rollup at the "100 cities" size; before, each row was fetched from the table by primary key).
ALTER TABLE kpi_fact ADD KEY ix_kpi_fact_city (code, fiscal_year, tenant_id, month, dim, value);
