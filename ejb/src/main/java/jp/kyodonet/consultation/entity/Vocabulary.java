package jp.kyodonet.consultation.entity;

import jp.kyodonet.platform.error.Message;

import java.util.Map;

import static java.util.Map.entry;

/** The Japanese and English labels of every consultation choice, in one place. */
public final class Vocabulary {

    private static final Map<Enum<?>, Message> LABELS = Map.ofEntries(
            entry(Channel.COUNTER, new Message("窓口", "At the counter")),
            entry(Channel.PHONE, new Message("電話", "Phone")),
            entry(Channel.EMAIL, new Message("メール", "E-mail")),
            entry(Channel.WEB, new Message("Web", "Web form")),
            entry(Channel.ONLINE, new Message("オンライン", "Online meeting")),
            entry(Channel.REFERRAL, new Message("他センターからの紹介", "Referred by another centre")),
            entry(ReferralStatus.SENT, new Message("回答待ち", "Awaiting answer")),
            entry(ReferralStatus.ACCEPTED, new Message("受け入れ", "Accepted")),
            entry(ReferralStatus.DECLINED, new Message("辞退", "Declined")),
            entry(ReferralStatus.WITHDRAWN, new Message("取り下げ", "Withdrawn")),
            entry(RequesterKind.CITIZEN, new Message("市民", "Citizen")),
            entry(RequesterKind.CIVIC_GROUP, new Message("市民活動団体・NPO", "Civic group or NPO")),
            entry(RequesterKind.COMPANY, new Message("企業", "Company")),
            entry(RequesterKind.UNIVERSITY, new Message("大学", "University")),
            entry(RequesterKind.NEIGHBOURHOOD_ASSOCIATION, new Message("自治会町内会", "Neighbourhood association")),
            entry(RequesterKind.WARD_OFFICE, new Message("区役所", "Ward office")),
            entry(RequesterKind.CITY_BUREAU, new Message("市の局", "City bureau")),
            entry(RequesterKind.NATIONAL_AGENCY, new Message("国の機関", "National agency")),
            entry(RequesterKind.OTHER, new Message("その他", "Other")),
            entry(Topic.ARTICLES, new Message("定款", "Articles of association")),
            entry(Topic.ACCOUNTING, new Message("会計", "Accounting")),
            entry(Topic.LABOUR, new Message("労務", "Labour")),
            entry(Topic.FUNDING, new Message("資金", "Funding")),
            entry(Topic.PEOPLE, new Message("人材", "People")),
            entry(Topic.GOVERNANCE, new Message("ガバナンス", "Governance")),
            entry(Topic.PUBLICITY, new Message("広報", "Publicity")),
            entry(Topic.COLLABORATION, new Message("協働", "Collaboration")),
            entry(Topic.OTHER, new Message("その他", "Other")),
            entry(ConsultationStatus.RECEIVED, new Message("受付", "Received")),
            entry(ConsultationStatus.INITIAL_HEARING, new Message("初期ヒアリング", "Initial hearing")),
            entry(ConsultationStatus.ASSIGNED, new Message("担当決定", "Assigned")),
            entry(ConsultationStatus.IN_PROGRESS, new Message("対応中", "In progress")),
            entry(ConsultationStatus.FOLLOW_UP, new Message("継続フォロー", "Follow-up")),
            entry(ConsultationStatus.CLOSED, new Message("終了", "Closed")),
            entry(Track.COORDINATION, new Message("協働のコーディネート", "Collaboration coordination")),
            entry(Track.CIVIC_ACTIVITY, new Message("市民活動に関する相談", "Civic-activity consultation")),
            entry(Track.FACILITY_INQUIRY, new Message("施設利用・簡単な問い合わせ", "Facility use or simple inquiry")),
            entry(OrganisationStage.FOUNDING, new Message("設立期", "Founding")),
            entry(OrganisationStage.EARLY, new Message("運営初期", "Early operation")),
            entry(OrganisationStage.CONTINUING, new Message("継続期", "Continuing")),
            entry(Outcome.COLLABORATION_PROPOSAL, new Message("協働提案", "Collaboration proposal")),
            entry(Outcome.ORGANISATION_FOUNDED, new Message("団体設立", "Organisation founded")),
            entry(Outcome.ORGANISATION_STRENGTHENED, new Message("組織運営強化", "Organisation strengthened")),
            entry(Outcome.CONNECTED_TO_ORGANISATION, new Message("他団体とつないだ", "Connected to another organisation")),
            entry(Outcome.CONNECTED_TO_CITY_DIVISION, new Message("行政部署とつないだ", "Connected to a city division")),
            entry(Outcome.INFORMATION_ONLY, new Message("情報提供のみ", "Information only")),
            entry(Outcome.NOT_CONNECTED, new Message("つながらなかった", "Not connected")));

    private Vocabulary() {
    }

    /** The label of a choice; every constant of the consultation enums has one (checked by a unit test). */
    public static Message label(Enum<?> choice) {
        Message label = LABELS.get(choice);
        if (label == null) {
            throw new IllegalArgumentException("no label for " + choice);
        }
        return label;
    }
}
