-- A person's saved views of a list (issue 21): a name and the list's filters and order as the page's address keeps
-- them (status=IN_PROGRESS&sort=nextActionOn), per centre, person and page; a name once per person and page.
CREATE TABLE saved_view (
  id          CHAR(36)      NOT NULL,
  tenant_id   VARCHAR(32)   NOT NULL,
  owner       VARCHAR(200)  NOT NULL,
  page        VARCHAR(40)   NOT NULL,
  name        VARCHAR(100)  NOT NULL,
  query       VARCHAR(1000) NOT NULL,
  created_at  DATETIME(6)   NOT NULL,
  version     BIGINT        NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_saved_view_name (tenant_id, owner, page, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
