package jp.kyodonet.collaboration.entity;

/** 市民提案型 (a citizen proposes; ordinance Art. 10) or 行政提案型 (a division proposes; Art. 9 selection). */
public enum ProposalKind {
    CITIZEN,
    GOVERNMENT
}
