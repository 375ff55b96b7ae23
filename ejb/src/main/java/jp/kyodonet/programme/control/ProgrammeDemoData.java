package jp.kyodonet.programme.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jp.kyodonet.platform.demo.DemoDataRequested;
import jp.kyodonet.platform.time.BusinessClock;
import jp.kyodonet.platform.time.FiscalYear;
import jp.kyodonet.programme.entity.PlaceKind;
import jp.kyodonet.programme.entity.PlanItem;
import jp.kyodonet.programme.entity.Programme;
import jp.kyodonet.programme.entity.ProgrammeKind;
import jp.kyodonet.programme.entity.ProgrammeSession;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Demo programmes for a demo centre, after the seed documents (domain model b.2-b.4): an NPO入門 seminar
 * open for registration with two online sessions, and an exchange event being planned; the city centre also
 * plans its 市民協働スタートアップ (seed 000, 3-1). Added only to a centre with no programme yet.
 */
@Stateless
public class ProgrammeDemoData {

    private static final String BY = "デモデータ (demo)";

    @Inject
    ProgrammeRepository programmes;

    @Inject
    BusinessClock clock;

    public void load(@Observes DemoDataRequested request) {
        if (!programmes.programmes(null).isEmpty()) {
            return;
        }
        LocalDate today = request.today();
        int year = FiscalYear.of(today).startYear();
        Programme seminar = Programme.plan("NPO入門セミナー", ProgrammeKind.SEMINAR, null, "団体を立ち上げたい市民", null,
                "任意団体とNPO法人の違い、設立の手順、会計の基本を学びます。", 2, year, clock.now(), BY);
        seminar.advance(clock.now(), BY);
        programmes.add(seminar);
        programmes.add(new ProgrammeSession(seminar.id(), "第1回 団体のつくり方", today.plusDays(10), LocalTime.of(19, 0),
                LocalTime.of(21, 0), PlaceKind.ONLINE, null, null, "オンライン（Zoom）", "NPO支援センター 職員", 30));
        programmes.add(new ProgrammeSession(seminar.id(), "第2回 会計の基本", today.plusDays(17), LocalTime.of(19, 0),
                LocalTime.of(21, 0), PlaceKind.ONLINE, null, null, "オンライン（Zoom）", "税理士", 30));
        Programme salon = Programme.plan("ミズベサロン（交流会）", ProgrammeKind.EXCHANGE_EVENT, null, "市民・団体・企業",
                "市民局 市民協働推進課", "水辺の活動に関わる人が出会う交流会です。", 1, year, clock.now(), BY);
        programmes.add(salon);
        if ("city".equals(request.tenant().value())) {
            // the plan's 3-1 (seed 000): four sessions, the 60 % target of understanding and motivation
            programmes.add(Programme.plan("市民協働スタートアップ", ProgrammeKind.SERIES_COURSE, PlanItem.STARTUP,
                    "協働で社会・地域課題の解決に関わりたい市民・団体", "市民局 市民協働推進課",
                    "協働の歴史と横浜コード、事例紹介、チームビルディング、フィールドワークの連続講座です。", 4, year,
                    clock.now(), BY));
        }
        programmes.flush();
    }
}
