package jp.kyodonet.network.entity;

import jp.kyodonet.platform.error.Message;

import java.util.Map;

import static java.util.Map.entry;

/** Japanese and English labels of the network choices. */
public final class NetworkVocabulary {

    private static final Map<Enum<?>, Message> LABELS = Map.ofEntries(
            entry(CaseStatus.DRAFT, new Message("下書き", "Draft")),
            entry(CaseStatus.SUBMITTED, new Message("承認待ち", "Submitted")),
            entry(CaseStatus.APPROVED, new Message("承認済み", "Approved")),
            entry(CaseStatus.NETWORK, new Message("ネットワークに公開", "Published to the network")),
            entry(CaseStatus.PUBLIC, new Message("一般に公開", "Published to the public")),
            entry(CaseStatus.ARCHIVED, new Message("アーカイブ", "Archived")),
            entry(CaseSource.SCRATCH, new Message("新規", "From scratch")),
            entry(CaseSource.CONSULTATION, new Message("相談から", "From a consultation")),
            entry(CaseSource.PROJECT, new Message("協働事業から", "From a project")),
            entry(PartnerSector.NEIGHBOURHOOD_ASSOCIATION, new Message("自治会町内会", "Neighbourhood association")),
            entry(PartnerSector.NPO, new Message("NPO法人", "NPO")),
            entry(PartnerSector.VOLUNTARY_GROUP, new Message("市民活動団体（任意団体）", "Voluntary group")),
            entry(PartnerSector.COMPANY, new Message("企業", "Company")),
            entry(PartnerSector.UNIVERSITY, new Message("大学", "University")),
            entry(PartnerSector.SCHOOL, new Message("学校", "School")),
            entry(PartnerSector.SOCIAL_WELFARE, new Message("社会福祉協議会・福祉施設", "Social welfare")),
            entry(PartnerSector.WARD_OFFICE, new Message("区役所", "Ward office")),
            entry(PartnerSector.CITY_BUREAU, new Message("市の局", "City bureau")),
            entry(PartnerSector.OTHER, new Message("その他", "Other")),
            entry(MeetingFormat.VENUE, new Message("会場", "Venue")),
            entry(MeetingFormat.ONLINE, new Message("オンライン", "Online")),
            entry(MeetingFormat.HYBRID, new Message("ハイブリッド", "Hybrid")),
            entry(AgendaKind.REPORT, new Message("報告", "Report")),
            entry(AgendaKind.DISCUSSION, new Message("協議", "Discussion")),
            entry(AgendaKind.TRAINING, new Message("研修", "Training")),
            entry(AgendaKind.CASE_SHARING, new Message("事例共有", "Case sharing")),
            entry(AttendeeRole.WARD_OFFICE, new Message("区地域振興課", "Ward office (地域振興課)")),
            entry(AttendeeRole.CENTRE_STAFF, new Message("センター職員", "Centre staff")),
            entry(ActionStatus.OPEN, new Message("未着手", "Open")),
            entry(ActionStatus.IN_PROGRESS, new Message("対応中", "In progress")),
            entry(ActionStatus.DONE, new Message("完了", "Done")),
            entry(SupportStatus.OPEN, new Message("受付", "Open")),
            entry(SupportStatus.ANSWERED, new Message("回答済み", "Answered")),
            entry(SupportStatus.CLOSED, new Message("完了", "Closed")));

    private NetworkVocabulary() {
    }

    public static Message label(Enum<?> choice) {
        Message label = LABELS.get(choice);
        if (label == null) {
            throw new IllegalArgumentException("no label for " + choice);
        }
        return label;
    }
}
