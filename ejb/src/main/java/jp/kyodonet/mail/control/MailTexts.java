package jp.kyodonet.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.kyodonet.tenants.Tenant;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * The words of every mail, in Japanese or (by the reader's choice) English. Staff mails name the kind of work, the
 * title the inbox shows and a link to the record; registrants' mails name the programme, the session, its day, time
 * and place, and the receipt number, and link to the registration's own page (cancel, survey).
 */
@ApplicationScoped
public class MailTexts {

    /** A mail's subject and plain-text body. */
    public record Mail(String subject, String body) {
    }

    /** One line of a digest. */
    public record Line(Notices.Kind kind, String page, String recordId, String titleJa, String titleEn) {
    }

    /** What a registrant's mail is about. */
    public record Session(String centre, String programme, String session, LocalDate date, LocalTime start,
                          LocalTime end, String place, String receipt, String token) {
    }

    @Inject
    MailSettings settings;

    public Mail notice(String language, String name, Tenant centre, Notices.Notice notice) {
        boolean en = "en".equals(language);
        String link = recordLink(notice.page(), notice.recordId());
        if (en) {
            return new Mail("[Kyodo Network] " + notice.kind().what().en() + ": " + notice.title().en(),
                    "Dear " + name + ",\n\nNew work has arrived at " + centre.displayNameEn() + ".\n\n  "
                            + notice.kind().what().en() + "\n  " + notice.title().en() + "\n\nOpen it: " + link + "\n"
                            + footerEn());
        }
        return new Mail("【協働ネットワーク】" + notice.kind().what().ja() + "：" + notice.title().ja(),
                name + " さん\n\n" + centre.displayNameJa() + "に新しい仕事が届きました。\n\n  "
                        + notice.kind().what().ja() + "\n  " + notice.title().ja() + "\n\n開く: " + link + "\n" + footerJa());
    }

    public Mail digest(String language, String name, Tenant centre, List<Line> lines) {
        boolean en = "en".equals(language);
        StringBuilder body = new StringBuilder();
        body.append(en ? "Dear " + name + ",\n\nWhat arrived for you at " + centre.displayNameEn()
                + " since your last digest (" + lines.size() + "):\n\n"
                : name + " さん\n\n前回のまとめ以降に" + centre.displayNameJa() + "であなたに届いたもの（" + lines.size() + "件）です。\n\n");
        for (Line line : lines) {
            body.append("・").append(en ? line.kind().what().en() + ": " + line.titleEn() : line.kind().what().ja() + "：" + line.titleJa())
                    .append("\n  ").append(recordLink(line.page(), line.recordId())).append('\n');
        }
        body.append(en ? "\nYour inbox: " + settings.publicUrl() + "/portal.html#inbox\n" + footerEn()
                : "\n受信箱: " + settings.publicUrl() + "/portal.html#inbox\n" + footerJa());
        return new Mail(en ? "[Kyodo Network] Your daily digest: " + lines.size() + " new"
                : "【協働ネットワーク】本日のまとめ（" + lines.size() + "件）", body.toString());
    }

    /** The registration's confirmation: a place, or a place on the waiting list. */
    public Mail registered(String name, Session s, boolean waiting, int position) {
        String head = waiting
                ? "定員に達しているため、キャンセル待ち（" + position + "番目）で受け付けました。\n繰り上がった場合はメールでお知らせします。"
                : "お申し込みを受け付けました。";
        return registrant(waiting ? "キャンセル待ちを受け付けました" : "お申し込みを受け付けました", name, s, head,
                "参加できなくなったときは、次のページから取り消してください（キャンセル待ちの方に席が回ります）。\n"
                        + registrationLink(s.token()));
    }

    public Mail movedUp(String name, Session s) {
        return registrant("キャンセル待ちから繰り上がりました", name, s,
                "キャンセルが出たため、キャンセル待ちから参加に繰り上がりました。当日お待ちしています。",
                "参加できないときは、次のページから取り消してください。\n" + registrationLink(s.token()));
    }

    public Mail reminder(String name, Session s) {
        return registrant("明日の開催のお知らせ", name, s, "お申し込みの回は明日の開催です。",
                "参加できなくなったときは、次のページから取り消してください。\n" + registrationLink(s.token()));
    }

    public Mail survey(String name, Session s) {
        return registrant("アンケートのお願い", name, s,
                "ご参加ありがとうございました。よろしければアンケートにお答えください（3分ほどです）。",
                "アンケート: " + settings.publicUrl() + "/survey.html?token=" + encode(s.token()));
    }

    private Mail registrant(String subject, String name, Session s, String head, String tail) {
        String body = name + " 様\n\n" + head + "\n\n"
                + "  事業: " + s.programme() + "\n"
                + "  回: " + s.session() + "\n"
                + "  日時: " + day(s.date()) + " " + s.start() + "〜" + s.end() + "\n"
                + "  場所: " + s.place() + "\n"
                + "  受付番号: " + s.receipt() + "\n\n"
                + tail + "\n\n"
                + s.centre() + "\n（このメールは送信専用です。お問い合わせはセンターへお願いします。）\n";
        return new Mail("【" + s.centre() + "】" + subject + "：" + s.programme(), body);
    }

    public String registrationLink(String token) {
        return settings.publicUrl() + "/registration.html?token=" + encode(token);
    }

    private String recordLink(String page, String recordId) {
        return settings.publicUrl() + "/portal.html?open=" + encode(page + ":" + recordId);
    }

    /** 2026年12月15日（火） */
    static String day(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日（"
                + date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.JAPANESE) + "）";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String footerJa() {
        return "\nこのメールの受け取り方（すぐに／毎朝のまとめ／受け取らない）は、ポータルの「通知設定」で変えられます。\n協働ネットワーク\n";
    }

    private static String footerEn() {
        return "\nChoose how you get these mails (at once / a morning digest / none) under Notifications in the portal.\nKyodo Network\n";
    }
}
