package jp.kyodonet.programme.entity;

import jp.kyodonet.platform.error.Message;

import java.util.Map;

import static java.util.Map.entry;

/** Japanese and English labels of the programme choices. */
public final class ProgrammeVocabulary {

    private static final Map<Enum<?>, Message> LABELS = Map.ofEntries(
            entry(ProgrammeKind.SERIES_COURSE, new Message("連続講座", "Series course")),
            entry(ProgrammeKind.SEMINAR, new Message("セミナー", "Seminar")),
            entry(ProgrammeKind.EXCHANGE_EVENT, new Message("交流イベント", "Exchange event")),
            entry(ProgrammeKind.CONSULTATION_DAY, new Message("相談会", "Consultation day")),
            entry(ProgrammeKind.STUDY_VISIT, new Message("視察", "Study visit")),
            entry(PlanItem.STARTUP, new Message("市民協働スタートアップ", "Collaboration start-up course")),
            entry(PlanItem.OTHER_CITY_SEMINAR, new Message("他都市の好事例共有（視察・セミナー）",
                    "Good practice from other cities (visits, seminars)")),
            entry(PlanItem.COLLABORATION_HUB, new Message("協働HUB", "Collaboration HUB")),
            entry(PlanItem.INNOVATION_DIALOGUE, new Message("イノベーションダイアログ", "Innovation dialogue")),
            entry(ProgrammeStatus.PLANNED, new Message("企画中", "Planned")),
            entry(ProgrammeStatus.RECRUITING, new Message("募集中", "Recruiting")),
            entry(ProgrammeStatus.RUNNING, new Message("実施中", "Running")),
            entry(ProgrammeStatus.COMPLETED, new Message("終了", "Completed")),
            entry(ProgrammeStatus.EVALUATED, new Message("評価済み", "Evaluated")),
            entry(PlaceKind.ON_SITE, new Message("会場", "On site")),
            entry(PlaceKind.ONLINE, new Message("オンライン", "Online")),
            entry(PlaceKind.HYBRID, new Message("ハイブリッド", "Hybrid")),
            entry(RegistrationStatus.REGISTERED, new Message("参加登録", "Registered")),
            entry(RegistrationStatus.WAITING, new Message("キャンセル待ち", "Waiting list")),
            entry(RegistrationStatus.CANCELLED, new Message("取消", "Cancelled")));

    private ProgrammeVocabulary() {
    }

    public static Message label(Enum<?> choice) {
        Message label = LABELS.get(choice);
        if (label == null) {
            throw new IllegalArgumentException("no label for " + choice);
        }
        return label;
    }
}
