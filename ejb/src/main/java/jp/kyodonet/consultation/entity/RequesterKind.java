package jp.kyodonet.consultation.entity;

/** Who asked (domain model b.1: requesterType). */
public enum RequesterKind {
    CITIZEN("市民", "Citizen"),
    CIVIC_GROUP("市民活動団体・NPO", "Civic group or NPO"),
    COMPANY("企業", "Company"),
    UNIVERSITY("大学", "University"),
    NEIGHBOURHOOD_ASSOCIATION("自治会町内会", "Neighbourhood association"),
    WARD_OFFICE("区役所", "Ward office"),
    CITY_BUREAU("市の局", "City bureau"),
    NATIONAL_AGENCY("国の機関", "National agency"),
    OTHER("その他", "Other");

    private final String ja;
    private final String en;

    RequesterKind(String ja, String en) {
        this.ja = ja;
        this.en = en;
    }

    public String ja() {
        return ja;
    }

    public String en() {
        return en;
    }
}
