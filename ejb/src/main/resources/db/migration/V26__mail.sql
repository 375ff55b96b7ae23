-- Mail (issue 20). Every mail the product sends is first a row of mail_outbox, written in the transaction of the
-- change that causes it: a rolled-back change sends nothing, a committed one cannot lose its mail. Senders on any
-- server claim a due row (claimed_until), send it, and mark it sent; a failure is counted and the row is due again
-- after a growing pause (a mail server that is down delays mail, loses none). message_id is fixed per row, so a
-- receiving server sees a resent copy as the same message. tenant_id is the centre the mail is about.
CREATE TABLE mail_outbox (
  id               CHAR(36)      NOT NULL,
  tenant_id        VARCHAR(32)   NOT NULL,
  kind             VARCHAR(40)   NOT NULL,
  recipient        VARCHAR(320)  NOT NULL,
  subject          VARCHAR(300)  NOT NULL,
  body             TEXT          NOT NULL,
  message_id       VARCHAR(120)  NOT NULL,
  created_at       DATETIME(6)   NOT NULL,
  next_attempt_at  DATETIME(6)   NOT NULL,
  attempts         INT           NOT NULL DEFAULT 0,
  claimed_until    DATETIME(6)   NULL,
  claimed_by       VARCHAR(100)  NULL,
  sent_at          DATETIME(6)   NULL,
  failed_at        DATETIME(6)   NULL,
  last_error       VARCHAR(500)  NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_mail_message_id (message_id),
  KEY ix_mail_due (sent_at, failed_at, next_attempt_at),
  KEY ix_mail_tenant (tenant_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What arrived for a person of a centre's staff (an assignment, a referral to the centre, a booking to approve, an
-- action item): mailed at once (mail_id set in the same transaction), or gathered into the next daily digest
-- (mail_id set by the digest), as the person chose when it arrived. Nothing of it is personal data of a requester:
-- a kind, a title as the inbox shows it and the record it opens.
CREATE TABLE staff_notification (
  id           CHAR(36)      NOT NULL,
  tenant_id    VARCHAR(32)   NOT NULL,
  staff_id     CHAR(36)      NOT NULL,
  kind         VARCHAR(40)   NOT NULL,
  page         VARCHAR(40)   NOT NULL,
  record_id    VARCHAR(80)   NOT NULL,
  title_ja     VARCHAR(300)  NOT NULL,
  title_en     VARCHAR(300)  NOT NULL,
  delivery     VARCHAR(16)   NOT NULL,
  created_at   DATETIME(6)   NOT NULL,
  mail_id      CHAR(36)      NULL,
  PRIMARY KEY (id),
  KEY ix_notification_digest (delivery, mail_id, staff_id),
  KEY ix_notification_staff (tenant_id, staff_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A person's choice: mail at once (the default, as kintone's process notifications), a daily digest, or none; the
-- language of their mails; the secret of their personal calendar feed (its SHA-256; renewing it ends the old URL).
ALTER TABLE staff_member
  ADD COLUMN mail_delivery  VARCHAR(16)  NOT NULL DEFAULT 'IMMEDIATE',
  ADD COLUMN mail_language  VARCHAR(2)   NOT NULL DEFAULT 'ja',
  ADD COLUMN feed_secret    CHAR(64)     NULL,
  ADD UNIQUE KEY uq_staff_feed_secret (feed_secret);

-- A registration's receipt number (受付番号), the contact's folded form while the registration stands (one
-- registration per contact and session; NULL once cancelled, and for registrations made before this), and when its
-- mails were queued: the reminder the day before and the survey link after the session (each once).
ALTER TABLE programme_registration
  ADD COLUMN receipt_no        VARCHAR(40)   NULL,
  ADD COLUMN active_contact    VARCHAR(200)  NULL,
  ADD COLUMN reminded_at       DATETIME(6)   NULL,
  ADD COLUMN survey_mailed_at  DATETIME(6)   NULL,
  ADD UNIQUE KEY uq_registration_active_contact (tenant_id, session_id, active_contact);

-- Registrations made before mail existed are not reminded or sent a survey link now, months later.
UPDATE programme_registration SET reminded_at = registered_at, survey_mailed_at = registered_at;
