-- Attachments and comments on a centre's records (issue 21): consultations, organisations, proposals, contracts and
-- network cases. A file lives in the database, so that it survives a cluster: its description in record_attachment,
-- its bytes in chunks of at most 256 KB in record_attachment_chunk, written and read one chunk at a time (a server
-- never holds a whole file in memory). tenant_id is the centre that owns the record; a case published to the
-- network is read by other centres, who see its files but may not add or remove any. The type is the one found in
-- the content (not the name), checked against the kinds a centre may keep.
CREATE TABLE record_attachment (
  id            CHAR(36)      NOT NULL,
  tenant_id     VARCHAR(32)   NOT NULL,
  record_kind   VARCHAR(20)   NOT NULL,
  record_id     CHAR(36)      NOT NULL,
  file_name     VARCHAR(255)  NOT NULL,
  content_type  VARCHAR(120)  NOT NULL,
  size_bytes    BIGINT        NOT NULL,
  sha256        CHAR(64)      NOT NULL,
  chunks        INT           NOT NULL,
  uploaded_by   VARCHAR(200)  NOT NULL,
  uploader      VARCHAR(255)  NOT NULL,
  uploaded_at   DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  KEY ix_attachment_record (tenant_id, record_kind, record_id, uploaded_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE record_attachment_chunk (
  attachment_id CHAR(36)      NOT NULL,
  seq           INT           NOT NULL,
  data          MEDIUMBLOB    NOT NULL,
  PRIMARY KEY (attachment_id, seq)
) ENGINE=InnoDB;

-- The bytes a centre keeps in attachments, raised and lowered in the transaction that adds or removes a file: the
-- raise is one conditional UPDATE (used + size <= limit), so two uploads at once cannot both pass the limit.
CREATE TABLE attachment_usage (
  tenant_id     VARCHAR(32)   NOT NULL,
  used_bytes    BIGINT        NOT NULL,
  PRIMARY KEY (tenant_id)
) ENGINE=InnoDB;

-- A colleague's comment on a record of the centre; mentions are the staff records of the colleagues it names
-- (each is told by a notice, and finds it in the inbox; mention_subjects holds their subjects between line
-- breaks). Removed only by its author.
CREATE TABLE record_comment (
  id            CHAR(36)      NOT NULL,
  tenant_id     VARCHAR(32)   NOT NULL,
  record_kind   VARCHAR(20)   NOT NULL,
  record_id     CHAR(36)      NOT NULL,
  author        VARCHAR(200)  NOT NULL,
  author_name   VARCHAR(255)  NOT NULL,
  body          VARCHAR(2000) NOT NULL,
  mentions      VARCHAR(2000) NULL,
  mention_subjects VARCHAR(4000) NULL,
  created_at    DATETIME(6)   NOT NULL,
  version       BIGINT        NOT NULL,
  PRIMARY KEY (id),
  KEY ix_comment_record (tenant_id, record_kind, record_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
