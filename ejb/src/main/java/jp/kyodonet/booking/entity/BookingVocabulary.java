package jp.kyodonet.booking.entity;

import jp.kyodonet.platform.error.Message;

import java.util.Map;

import static java.util.Map.entry;

/** Japanese and English labels of the booking choices. */
public final class BookingVocabulary {

    private static final Map<Enum<?>, Message> LABELS = Map.ofEntries(
            entry(SpaceKind.ROOM, new Message("部屋", "Room")),
            entry(SpaceKind.EQUIPMENT, new Message("機材", "Equipment")),
            entry(BookerKind.REGISTERED_ORGANISATION, new Message("登録団体", "Registered organisation")),
            entry(BookerKind.CENTRE_INTERNAL, new Message("センター内部利用", "Centre internal use")),
            entry(BookerKind.COLLABORATION_EVENT, new Message("市・区との協働事業", "City/ward collaboration event")),
            entry(Purpose.MEETING, new Message("打合せ", "Meeting")),
            entry(Purpose.COLLABORATION_VENUE, new Message("協働事業の会場（占用）", "Collaboration venue (exclusive)")),
            entry(Purpose.EVENT_SEMINAR, new Message("イベント・セミナー", "Event or seminar")),
            entry(Purpose.CONSULTATION, new Message("相談", "Consultation")),
            entry(BookingStatus.REQUESTED, new Message("承認待ち", "Awaiting approval")),
            entry(BookingStatus.CONFIRMED, new Message("確定", "Confirmed")),
            entry(BookingStatus.CHECKED_IN, new Message("利用中（利用票受付済み）", "Checked in")),
            entry(BookingStatus.COMPLETED, new Message("利用完了", "Completed")),
            entry(BookingStatus.CANCELLED, new Message("取消", "Cancelled")),
            entry(BookingStatus.DECLINED, new Message("お断り", "Declined")));

    private BookingVocabulary() {
    }

    public static Message label(Enum<?> choice) {
        Message label = LABELS.get(choice);
        if (label == null) {
            throw new IllegalArgumentException("no label for " + choice);
        }
        return label;
    }
}
