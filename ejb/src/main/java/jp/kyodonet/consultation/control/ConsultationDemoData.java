package jp.kyodonet.consultation.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jp.kyodonet.consultation.entity.Channel;
import jp.kyodonet.consultation.entity.Consultation;
import jp.kyodonet.consultation.entity.Intake;
import jp.kyodonet.consultation.entity.Outcome;
import jp.kyodonet.consultation.entity.RequesterKind;
import jp.kyodonet.consultation.entity.Topic;
import jp.kyodonet.consultation.entity.Track;
import jp.kyodonet.platform.demo.DemoDataRequested;
import jp.kyodonet.platform.time.BusinessClock;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Demo consultations for a demo centre (fictional people and groups, typical requests from the seed
 * documents: founding an NPO, accounting, neighbourhood association × NPO collaboration, space use).
 * Added only to a centre that has no consultation yet, so a restart never duplicates them.
 */
@Stateless
public class ConsultationDemoData {

    private record Sample(int daysAgo, Channel channel, RequesterKind kind, String name, String contact, Topic topic,
                          String summary, Outcome outcome) {

        Track track() {
            return topic == Topic.COLLABORATION ? Track.COORDINATION
                    : topic == Topic.OTHER ? Track.FACILITY_INQUIRY : Track.CIVIC_ACTIVITY;
        }
    }

    private static final List<Sample> SAMPLES = List.of(
            new Sample(2, Channel.COUNTER, RequesterKind.CITIZEN, "青木 美咲", "misaki.aoki@example.jp", Topic.ARTICLES,
                    "子ども食堂を仲間と始めたい。任意団体のままでよいか、NPO法人にすべきか知りたい。", null),
            new Sample(5, Channel.PHONE, RequesterKind.CIVIC_GROUP, "みどり川の会 代表 佐藤 健", "045-000-0101", Topic.ACCOUNTING,
                    "会計担当が交代する。収支報告書の作り方と、会費と助成金の区分経理について相談したい。", null),
            new Sample(9, Channel.EMAIL, RequesterKind.NEIGHBOURHOOD_ASSOCIATION, "桜台町内会 会長 高橋 誠", "sakuradai@example.jp",
                    Topic.COLLABORATION,
                    "高齢者の見守りを町内会だけでは担いきれない。地域で活動するNPOと一緒に取り組めないか。", null),
            new Sample(15, Channel.WEB, RequesterKind.COMPANY, "株式会社港みらい 地域連携室 中村 玲", "csr@example.co.jp",
                    Topic.COLLABORATION,
                    "社員のプロボノで市民活動団体の広報を支援したい。つなぎ先を紹介してほしい。",
                    Outcome.CONNECTED_TO_ORGANISATION),
            new Sample(21, Channel.ONLINE, RequesterKind.CIVIC_GROUP, "NPO法人ひだまりサロン 事務局 小林 由紀", "hidamari@example.jp",
                    Topic.PEOPLE, "ボランティアが定着しない。募集と受け入れの仕組みを見直したい。", null),
            new Sample(30, Channel.COUNTER, RequesterKind.CITIZEN, "伊藤 大輔", null, Topic.OTHER,
                    "会議室の予約方法と団体登録の要件を知りたい。", Outcome.INFORMATION_ONLY),
            new Sample(44, Channel.PHONE, RequesterKind.UNIVERSITY, "横浜みなと大学 地域連携センター 渡辺 彩", "045-000-0202",
                    Topic.COLLABORATION, "学生のフィールドワーク先として、地域課題に取り組む団体と区役所の担当部署を紹介してほしい。",
                    Outcome.CONNECTED_TO_CITY_DIVISION),
            new Sample(60, Channel.EMAIL, RequesterKind.CIVIC_GROUP, "多文化ひろば 代表 山本 直子", "tabunka@example.jp",
                    Topic.FUNDING, "外国につながる子どもの学習支援の資金が足りない。使える助成金を知りたい。", null),
            new Sample(75, Channel.COUNTER, RequesterKind.CITIZEN, "加藤 翔太", "080-0000-0303", Topic.ARTICLES,
                    "防災の勉強会を続けるため団体を立ち上げたい。規約の作り方を教えてほしい。", Outcome.ORGANISATION_FOUNDED),
            new Sample(400, Channel.PHONE, RequesterKind.CIVIC_GROUP, "里山保全クラブ 吉田 修", "045-000-0404",
                    Topic.GOVERNANCE, "役員の任期と総会の運営方法について相談したい。", Outcome.ORGANISATION_STRENGTHENED));

    private static final String BY = "デモデータ (demo)";

    /** Fiscal years of history before this one. */
    public static final int HISTORY_YEARS = 2;

    public static final String HISTORY_SCALE = "kyodo.demo.history-scale";

    @Inject
    ConsultationRepository consultations;

    @Inject
    BusinessClock clock;

    /** The history's volume in percent of a centre's usual month (the test environment's is small: its checksums). */
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = HISTORY_SCALE, defaultValue = "100")
    int historyScale;

    /** Adds the demo consultations to the requesting centre if it has none. */
    public void load(@Observes DemoDataRequested request) {
        if (consultations.count() > 0) {
            return;
        }
        LocalDate today = request.today();
        String staff = "demo-" + request.tenant() + "-centre-staff";
        for (int i = 0; i < SAMPLES.size(); i++) {
            Sample sample = SAMPLES.get(i);
            LocalDate received = today.minusDays(sample.daysAgo());
            Consultation consultation = Consultation.receive(
                    new Intake(received, sample.channel(), sample.kind(), sample.name(), sample.contact(), sample.track(),
                            null, Set.of(sample.topic()), sample.summary()),
                    null, today, clock.now(), BY);
            if (i % 5 != 0 || sample.outcome() != null) {
                // every sample but the newest open ones has been taken on by a staff member
                consultation.assign(staff, "デモ センター職員", clock.now(), BY);
            }
            if (sample.outcome() != null) {
                consultation.close(sample.outcome(), received.plusDays(Math.min(7, sample.daysAgo())), null, today,
                        clock.now(), BY);
            } else if (i % 5 != 0) {
                consultation.startWork(null, null, clock.now(), BY);
                if (i % 2 == 0) {
                    consultation.scheduleFollowUp(today.plusDays(i), today, clock.now(), BY);
                }
            }
            consultations.add(consultation);
        }
        // the centre's past: the fiscal years before this one and this one up to yesterday
        int thisYear = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        new ConsultationHistory(request.tenant().value(), historyScale, staff, "デモ センター職員", BY)
                .records(thisYear - HISTORY_YEARS, today).forEach(consultations::add);
    }
}
