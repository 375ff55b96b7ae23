package jp.kyodonet.network.entity;

/** The sectors and kinds of partners in a case (e.g. 自治会町内会 × NPO, the collaboration the seeds single out). */
public enum PartnerSector {
    NEIGHBOURHOOD_ASSOCIATION,
    NPO,
    VOLUNTARY_GROUP,
    COMPANY,
    UNIVERSITY,
    SCHOOL,
    SOCIAL_WELFARE,
    WARD_OFFICE,
    CITY_BUREAU,
    OTHER
}
