-- The staff directory of each centre (TENANT scope): who works here, in which roles, active or not. A person is
-- known by the identity provider's subject; name and e-mail are as the provider gave them when they last signed in.
-- Assignments pick a person from here. A person who left stays (inactive) so that their records keep their name.
-- Filled when people sign in.
CREATE TABLE staff_member (
  tenant_id     VARCHAR(32)   NOT NULL,
  id            CHAR(36)      NOT NULL,
  version       BIGINT        NOT NULL,
  subject       VARCHAR(255)  NOT NULL,
  name          VARCHAR(200)  NOT NULL,
  email         VARCHAR(320)  NULL,
  roles         VARCHAR(400)  NOT NULL,
  active        BOOLEAN       NOT NULL,
  first_seen_at DATETIME(6)   NOT NULL,
  last_seen_at  DATETIME(6)   NOT NULL,
  changed_by    VARCHAR(400)  NULL,
  PRIMARY KEY (id),
  UNIQUE KEY staff_member_subject (tenant_id, subject),
  KEY staff_member_name (tenant_id, active, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
