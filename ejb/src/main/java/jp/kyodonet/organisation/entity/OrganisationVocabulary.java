package jp.kyodonet.organisation.entity;

import jp.kyodonet.platform.error.Message;

import java.util.Map;

import static java.util.Map.entry;

/** Japanese and English labels of the organisation choices. */
public final class OrganisationVocabulary {

    private static final Map<Enum<?>, Message> LABELS = Map.ofEntries(
            entry(LegalForm.NPO_CORPORATION, new Message("NPO法人", "NPO corporation")),
            entry(LegalForm.CERTIFIED_NPO_CORPORATION, new Message("認定NPO法人", "Certified NPO corporation")),
            entry(LegalForm.VOLUNTARY_GROUP, new Message("任意団体", "Voluntary group")),
            entry(LegalForm.NEIGHBOURHOOD_ASSOCIATION, new Message("自治会町内会", "Neighbourhood association")),
            entry(LegalForm.COMPANY, new Message("企業", "Company")),
            entry(LegalForm.UNIVERSITY, new Message("大学", "University")),
            entry(LegalForm.SOCIAL_WELFARE_CORPORATION, new Message("社会福祉法人", "Social welfare corporation")),
            entry(LegalForm.PUBLIC_INTEREST_FOUNDATION, new Message("公益財団法人", "Public interest foundation")),
            entry(LegalForm.OTHER, new Message("その他", "Other")),
            entry(ActivityField.CIVIC_AND_COMMUNITY, new Message("市民活動・地域活動", "Civic and community activity")),
            entry(ActivityField.ENVIRONMENT, new Message("環境の保全", "Environment")),
            entry(ActivityField.HEALTH_MEDICAL_WELFARE, new Message("保健・医療・福祉", "Health, medical care, welfare")),
            entry(ActivityField.TOWN_DEVELOPMENT, new Message("まちづくりの推進", "Town development")),
            entry(ActivityField.CHILDREN_AND_YOUTH, new Message("子ども・青少年の健全育成", "Children and youth")),
            entry(ActivityField.CULTURE_SPORTS_LEARNING, new Message("文化・スポーツ・生涯学習の振興", "Culture, sports, lifelong learning")),
            entry(ActivityField.HUMAN_RIGHTS_GENDER_EQUALITY, new Message("人権・男女共同参画", "Human rights, gender equality")),
            entry(ActivityField.DISASTER_PREVENTION_RELIEF, new Message("防災・災害救援活動", "Disaster prevention and relief")),
            entry(ActivityField.VOCATIONAL_SKILLS_EMPLOYMENT, new Message("職業能力の開発・雇用機会の拡充", "Vocational skills, employment")),
            entry(ActivityField.ECONOMY_AND_CONSUMERS, new Message("経済活動の活性化・消費生活", "Economy and consumer life")),
            entry(ActivityField.CRIME_PREVENTION_SAFETY, new Message("防犯・地域安全活動", "Crime prevention, local safety")),
            entry(ActivityField.RESEARCH_AND_OTHER, new Message("その他調査・研究等", "Research and other")),
            entry(RegistrationStatus.APPLIED, new Message("申請受付", "Applied")),
            entry(RegistrationStatus.HEARING_DONE, new Message("ヒアリング済み", "Hearing done")),
            entry(RegistrationStatus.REGISTERED, new Message("登録", "Registered")),
            entry(RegistrationStatus.REFUSED, new Message("登録不可", "Refused")),
            entry(RegistrationStatus.LAPSED, new Message("登録失効", "Lapsed")),
            entry(RenewalOutcome.RENEWED, new Message("更新", "Renewed")),
            entry(RenewalOutcome.LAPSED, new Message("失効", "Lapsed")));

    private OrganisationVocabulary() {
    }

    /** The label of a choice; every constant of the organisation enums has one (unit-tested). */
    public static Message label(Enum<?> choice) {
        Message label = LABELS.get(choice);
        if (label == null) {
            throw new IllegalArgumentException("no label for " + choice);
        }
        return label;
    }
}
