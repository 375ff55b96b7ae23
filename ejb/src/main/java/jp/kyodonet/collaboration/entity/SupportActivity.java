package jp.kyodonet.collaboration.entity;

/** What a companion supporter (伴走支援) did (domain model c.5). */
public enum SupportActivity {
    DISCUSSION,
    DIVISION_COORDINATION,
    OTHER_CITIES,
    ADVISER,
    INTERIM_MEETING,
    SKILL_UP,
    EVENT_ADVICE,
    OTHER
}
