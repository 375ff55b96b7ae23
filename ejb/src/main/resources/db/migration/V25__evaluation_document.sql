-- The mutual evaluation sheet as 004 has it (issue 19, part 2): part 1's 記入者 of each side (団体等名 or 部署名,
-- 記入責任者 as the rater, 連絡先), the 別紙 role table (役割及び責任分担: each side's roles per business item, JSON
-- lists like the notes), and the joint part 3 (事業評価相互検証シート, written together once both sides have
-- submitted: one text per business item, with who wrote it last and when).
ALTER TABLE collab_evaluation
  ADD COLUMN partner_organisation  VARCHAR(200)  NULL,
  ADD COLUMN partner_contact       VARCHAR(200)  NULL,
  ADD COLUMN city_organisation     VARCHAR(200)  NULL,
  ADD COLUMN city_contact          VARCHAR(200)  NULL,
  ADD COLUMN partner_roles         TEXT          NULL,
  ADD COLUMN city_roles            TEXT          NULL,
  ADD COLUMN joint_notes           TEXT          NULL,
  ADD COLUMN joint_by              VARCHAR(200)  NULL,
  ADD COLUMN joint_at              DATETIME(6)   NULL;

-- Where the centre itself is the 団体等 side (the city centre's own operation contract: the consortium that runs it
-- is the partner), the centre's people fill the 団体等 column in the portal instead of through the partner's link.
ALTER TABLE collab_contract ADD COLUMN centre_is_partner BOOLEAN NOT NULL DEFAULT FALSE;
