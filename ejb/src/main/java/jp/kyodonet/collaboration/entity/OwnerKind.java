package jp.kyodonet.collaboration.entity;

/** Who owns a collaboration project on the city's side: a ward office (区) or a city bureau (局). */
public enum OwnerKind {
    WARD,
    BUREAU
}
