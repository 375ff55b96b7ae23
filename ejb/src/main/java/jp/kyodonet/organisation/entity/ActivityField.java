package jp.kyodonet.organisation.entity;

/**
 * The 12 activity fields of the city's collaboration report (協働事業の分野, 003:L2088-2103), in its
 * order. Labels: {@link OrganisationVocabulary}.
 */
public enum ActivityField {
    CIVIC_AND_COMMUNITY,
    ENVIRONMENT,
    HEALTH_MEDICAL_WELFARE,
    TOWN_DEVELOPMENT,
    CHILDREN_AND_YOUTH,
    CULTURE_SPORTS_LEARNING,
    HUMAN_RIGHTS_GENDER_EQUALITY,
    DISASTER_PREVENTION_RELIEF,
    VOCATIONAL_SKILLS_EMPLOYMENT,
    ECONOMY_AND_CONSUMERS,
    CRIME_PREVENTION_SAFETY,
    RESEARCH_AND_OTHER
}
