-- The network (NETWORK scope: rows name their owning centre, services apply the rules): the shared case
-- library with comments, network meetings with agenda, attendance, action items and generated materials,
-- and support requests from ward centres to the city centre.
CREATE TABLE net_case (
  owner_tenant        VARCHAR(32)   NOT NULL,
  id                  CHAR(36)      NOT NULL,
  version             BIGINT        NOT NULL,
  title               VARCHAR(200)  NOT NULL,
  theme               VARCHAR(200)  NOT NULL,
  fields              VARCHAR(400)  NOT NULL,
  sectors             VARCHAR(200)  NOT NULL,
  ward                VARCHAR(40)   NOT NULL,
  what_was_done       VARCHAR(4000) NOT NULL,
  what_worked         VARCHAR(4000) NULL,
  what_was_hard       VARCHAR(4000) NULL,
  contacts            VARCHAR(1000) NULL,
  contacts_consent    BOOLEAN       NOT NULL,
  source_kind         VARCHAR(16)   NOT NULL,
  source_id           CHAR(36)      NULL,
  redaction_confirmed BOOLEAN       NOT NULL,
  status              VARCHAR(16)   NOT NULL,
  published_at        DATETIME(6)   NULL,
  updated_at          DATETIME(6)   NOT NULL,
  updated_by          VARCHAR(200)  NOT NULL,
  PRIMARY KEY (id),
  KEY ix_case_owner (owner_tenant, status),
  KEY ix_case_status (status, published_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE net_case_comment (
  id            CHAR(36)      NOT NULL,
  case_id       CHAR(36)      NOT NULL,
  author_tenant VARCHAR(32)   NOT NULL,
  author        VARCHAR(200)  NOT NULL,
  body          VARCHAR(2000) NULL,
  tried_too     BOOLEAN       NOT NULL,
  tried_key     VARCHAR(80)   NULL,
  created_at    DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_case_tried (tried_key),
  KEY ix_comment_case (case_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE net_meeting (
  id            CHAR(36)      NOT NULL,
  version       BIGINT        NOT NULL,
  owner_tenant  VARCHAR(32)   NOT NULL,
  fiscal_year   INT           NOT NULL,
  title         VARCHAR(200)  NOT NULL,
  meeting_date  DATE          NOT NULL,
  start_time    TIME          NULL,
  format        VARCHAR(16)   NOT NULL,
  place         VARCHAR(200)  NULL,
  theme         VARCHAR(400)  NULL,
  repeat_of     CHAR(36)      NULL,
  updated_at    DATETIME(6)   NOT NULL,
  updated_by    VARCHAR(200)  NOT NULL,
  PRIMARY KEY (id),
  KEY ix_meeting_year (fiscal_year, meeting_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE net_agenda_item (
  id               CHAR(36)      NOT NULL,
  meeting_id       CHAR(36)      NOT NULL,
  position         INT           NOT NULL,
  kind             VARCHAR(16)   NOT NULL,
  title            VARCHAR(300)  NOT NULL,
  presenter_tenant VARCHAR(32)   NULL,
  PRIMARY KEY (id),
  KEY ix_agenda_meeting (meeting_id, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE net_attendance (
  meeting_id  CHAR(36)     NOT NULL,
  tenant      VARCHAR(32)  NOT NULL,
  role        VARCHAR(16)  NOT NULL,
  attendees   INT          NOT NULL,
  PRIMARY KEY (meeting_id, tenant, role)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE net_action_item (
  id              CHAR(36)      NOT NULL,
  version         BIGINT        NOT NULL,
  meeting_id      CHAR(36)      NOT NULL,
  assignee_tenant VARCHAR(32)   NOT NULL,
  title           VARCHAR(300)  NOT NULL,
  due_on          DATE          NOT NULL,
  status          VARCHAR(16)   NOT NULL,
  note            VARCHAR(2000) NULL,
  updated_at      DATETIME(6)   NOT NULL,
  updated_by      VARCHAR(200)  NOT NULL,
  PRIMARY KEY (id),
  KEY ix_action_assignee (assignee_tenant, status),
  KEY ix_action_meeting (meeting_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE net_materials (
  id            CHAR(36)     NOT NULL,
  meeting_id    CHAR(36)     NOT NULL,
  generated_at  DATETIME(6)  NOT NULL,
  generated_by  VARCHAR(200) NOT NULL,
  official      BOOLEAN      NOT NULL,
  official_key  CHAR(36)     NULL,
  content       LONGTEXT     NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_materials_official (official_key),
  KEY ix_materials_meeting (meeting_id, generated_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE net_support_request (
  id           CHAR(36)      NOT NULL,
  version      BIGINT        NOT NULL,
  from_tenant  VARCHAR(32)   NOT NULL,
  topic        VARCHAR(200)  NOT NULL,
  body         VARCHAR(4000) NOT NULL,
  status       VARCHAR(16)   NOT NULL,
  answer       VARCHAR(4000) NULL,
  answered_by  VARCHAR(200)  NULL,
  created_at   DATETIME(6)   NOT NULL,
  answered_at  DATETIME(6)   NULL,
  closed_at    DATETIME(6)   NULL,
  PRIMARY KEY (id),
  KEY ix_support_from (from_tenant, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
