package jp.kyodonet.consultation.control;

import jp.kyodonet.consultation.entity.Channel;
import jp.kyodonet.consultation.entity.Consultation;
import jp.kyodonet.consultation.entity.ConsultationStep;
import jp.kyodonet.consultation.entity.Intake;
import jp.kyodonet.consultation.entity.Outcome;
import jp.kyodonet.consultation.entity.RequesterKind;
import jp.kyodonet.consultation.entity.Topic;
import jp.kyodonet.consultation.entity.Track;
import jp.kyodonet.platform.time.BusinessClock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A demo centre's past: several fiscal years of consultations, written through the entity's own steps (received,
 * assigned, work started, closed with an outcome), each at its own past moment, so that the figures a dashboard,
 * the HQ view and the meeting materials count come from records as they would in use. Deterministic: the same
 * centre and day give the same records. The people and groups are fictional.
 */
public final class ConsultationHistory {

    /** The season, April to March, in tenths of a centre's usual month. */
    private static final int[] SEASON = {12, 11, 9, 10, 7, 9, 10, 11, 9, 8, 8, 10}; // April .. March, in tenths
    private static final String[] FAMILY = {"佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤",
        "吉田", "山田", "佐々木", "山口", "松本", "井上", "木村", "林", "斎藤", "清水"};
    private static final String[] GIVEN = {"美咲", "健", "誠", "玲", "由紀", "大輔", "彩", "直子", "翔太", "修", "陽子", "拓也",
        "恵", "浩二", "真理", "悠斗", "香織", "剛", "千尋", "優"};
    private static final String[] GROUPS = {"子ども食堂", "見守りの会", "環境サークル", "読み聞かせの会", "多文化交流クラブ",
        "防災ネット", "障がい者スポーツの会", "子育てひろば", "里山クラブ", "まちの縁側", "シニアのパソコン教室", "フードバンク"};
    private static final String[] PLACES = {"桜台", "若葉", "緑ヶ丘", "港南台", "東町", "本郷", "みなと", "野庭", "日吉", "上大岡"};

    /** What people come with, by topic (seed 000's 相談区分 and the typical requests of the documents). */
    private static final List<Request> REQUESTS = List.of(
            new Request(Topic.ARTICLES, "団体を立ち上げたい。規約の作り方と任意団体・NPO法人の違いを知りたい。"),
            new Request(Topic.ARTICLES, "NPO法人の設立認証の手続きと、設立総会までの段取りを相談したい。"),
            new Request(Topic.ACCOUNTING, "会計担当が交代する。収支報告書と活動計算書の作り方を教えてほしい。"),
            new Request(Topic.ACCOUNTING, "会費と助成金の区分経理、領収書の整理の仕方を相談したい。"),
            new Request(Topic.LABOUR, "有償ボランティアと雇用の違い、謝金の扱いを知りたい。"),
            new Request(Topic.FUNDING, "活動資金が足りない。使える助成金と申請書の書き方を相談したい。"),
            new Request(Topic.FUNDING, "寄付を集めたい。クラウドファンディングの進め方を知りたい。"),
            new Request(Topic.PEOPLE, "ボランティアが定着しない。募集と受け入れの仕組みを見直したい。"),
            new Request(Topic.PEOPLE, "役員の高齢化で後継者がいない。若い世代に関わってもらう方法を相談したい。"),
            new Request(Topic.GOVERNANCE, "総会の運営と役員の任期、議事録の残し方を相談したい。"),
            new Request(Topic.PUBLICITY, "活動を知ってもらうチラシとSNSの発信方法を相談したい。"),
            new Request(Topic.COLLABORATION, "町内会だけでは担いきれない見守りを、地域のNPOと一緒に取り組めないか。"),
            new Request(Topic.COLLABORATION, "区役所と一緒に講座を開きたい。協働事業の提案の仕方を知りたい。"),
            new Request(Topic.COLLABORATION, "企業の社員ボランティアを受け入れたい。つなぎ先を紹介してほしい。"),
            new Request(Topic.OTHER, "会議室の予約方法と団体登録の要件を知りたい。"),
            new Request(Topic.OTHER, "印刷機とロッカーの使い方、利用時間を知りたい。"));

    private record Request(Topic topic, String summary) {
        Track track() {
            return topic == Topic.COLLABORATION ? Track.COORDINATION
                    : topic == Topic.OTHER ? Track.FACILITY_INQUIRY : Track.CIVIC_ACTIVITY;
        }
    }

    private final String centre;
    private final String staffSubject;
    private final String staffName;
    private final String by;
    private final int scale;

    /** {@code scale}: the volume in percent of a centre's usual (the test environment keeps its database small). */
    ConsultationHistory(String centre, int scale, String staffSubject, String staffName, String by) {
        this.centre = centre;
        this.scale = scale;
        this.staffSubject = staffSubject;
        this.staffName = staffName;
        this.by = by;
    }

    /** The records from April of {@code firstYear} to the day before {@code today}, steps included. */
    List<Object> records(int firstYear, LocalDate today) {
        List<Object> records = new ArrayList<>();
        for (LocalDate month = LocalDate.of(firstYear, 4, 1); !month.isAfter(today.withDayOfMonth(1)); month = month.plusMonths(1)) {
            Random random = random(centre, month);
            int count = count(centre, month, random, scale);
            for (int i = 0; i < count; i++) {
                LocalDate received = month.plusDays(random.nextInt(month.lengthOfMonth()));
                if (received.getDayOfWeek() == java.time.DayOfWeek.SUNDAY) {
                    received = received.plusDays(1);
                }
                if (!received.isBefore(today)) {
                    continue;
                }
                consultation(random, received, today, records);
            }
        }
        return records;
    }

    /** How many consultations the history gives {@code centre} in the whole of {@code fiscalYear} (for its targets). */
    public static int expected(String centre, int fiscalYear, int scale) {
        int total = 0;
        for (int m = 0; m < 12; m++) {
            LocalDate month = LocalDate.of(fiscalYear, 4, 1).plusMonths(m);
            total += count(centre, month, random(centre, month), scale);
        }
        return total;
    }

    private static Random random(String centre, LocalDate month) {
        return new Random(31L * centre.hashCode() + month.toEpochDay());
    }

    /**
     * A month's consultations: the city centre about 80 (its plan aims at 1,000 a year), a ward centre 8 to 16, by
     * the season, a few percent more each year, give or take one. The first draw of the month's random numbers.
     */
    private static int count(String centre, LocalDate month, Random random, int scale) {
        int size = "city".equals(centre) ? 80 : 8 + Math.floorMod(centre.hashCode(), 9);
        int fiscalYear = month.getMonthValue() >= 4 ? month.getYear() : month.getYear() - 1;
        int growth = 100 + 4 * Math.max(0, fiscalYear - 2020);
        return Math.max(1, size * SEASON[(month.getMonthValue() + 8) % 12] * growth * scale / 100_000 + random.nextInt(3) - 1);
    }

    private void consultation(Random random, LocalDate received, LocalDate today, List<Object> records) {
        Request request = REQUESTS.get(random.nextInt(REQUESTS.size()));
        RequesterKind kind = pick(random, new RequesterKind[]{RequesterKind.CITIZEN, RequesterKind.CITIZEN, RequesterKind.CIVIC_GROUP,
            RequesterKind.CIVIC_GROUP, RequesterKind.CIVIC_GROUP, RequesterKind.NEIGHBOURHOOD_ASSOCIATION, RequesterKind.COMPANY,
            RequesterKind.UNIVERSITY, RequesterKind.WARD_OFFICE});
        Channel channel = pick(random, new Channel[]{Channel.COUNTER, Channel.COUNTER, Channel.COUNTER, Channel.PHONE, Channel.PHONE,
            Channel.EMAIL, Channel.WEB, Channel.ONLINE});
        String person = FAMILY[random.nextInt(FAMILY.length)] + " " + GIVEN[random.nextInt(GIVEN.length)];
        String name = switch (kind) {
            case CITIZEN -> person;
            case NEIGHBOURHOOD_ASSOCIATION -> PLACES[random.nextInt(PLACES.length)] + "町内会 " + person;
            case COMPANY -> "株式会社" + PLACES[random.nextInt(PLACES.length)] + "商事 " + person;
            case UNIVERSITY -> "横浜" + PLACES[random.nextInt(PLACES.length)] + "大学 " + person;
            case WARD_OFFICE -> "区役所 地域振興課 " + person;
            default -> PLACES[random.nextInt(PLACES.length)] + GROUPS[random.nextInt(GROUPS.length)] + " " + person;
        };
        String contact = random.nextInt(4) == 0 ? null : "045-" + (100 + random.nextInt(900)) + "-" + (1000 + random.nextInt(9000));
        Set<Topic> topics = random.nextInt(5) == 0 && request.topic() != Topic.OTHER
                ? Set.of(request.topic(), Topic.PEOPLE == request.topic() ? Topic.GOVERNANCE : Topic.PEOPLE) : Set.of(request.topic());
        Instant at = moment(received, 9 + random.nextInt(8));
        Consultation c = Consultation.receive(new Intake(received, channel, kind, name, contact, request.track(), null, topics,
                request.summary()), null, received, at, by);
        records.add(c);
        records.add(new ConsultationStep(c.id(), ConsultationStep.Kind.RECEIVED, null, at, by));
        long age = today.toEpochDay() - received.toEpochDay();
        int respond = random.nextInt(10) < 7 ? random.nextInt(2) : 2 + random.nextInt(6);
        if (age <= respond) {
            return; // new: not yet taken on
        }
        Instant assigned = moment(received.plusDays(respond), 10 + random.nextInt(6));
        c.assign(staffSubject, staffName, assigned, by);
        records.add(new ConsultationStep(c.id(), ConsultationStep.Kind.ASSIGNED, staffName, assigned, by));
        c.startWork(null, null, assigned, by);
        records.add(new ConsultationStep(c.id(), ConsultationStep.Kind.WORK_STARTED, null, assigned, by));
        int duration = request.topic() == Topic.OTHER ? random.nextInt(2) : 3 + random.nextInt(40);
        LocalDate closed = received.plusDays(respond + duration);
        if (!closed.isBefore(today) || random.nextInt(25) == 0) {
            if (age > respond + 3) {
                LocalDate next = today.plusDays(random.nextInt(20) - 5);
                c.scheduleFollowUp(next.isAfter(received.plusDays(respond + 1)) ? next : today, received.plusDays(respond + 1),
                        moment(received.plusDays(respond + 1), 15), by);
                records.add(new ConsultationStep(c.id(), ConsultationStep.Kind.FOLLOW_UP, null,
                        moment(received.plusDays(respond + 1), 15), by));
            }
            return; // still open
        }
        Outcome outcome = request.topic() == Topic.OTHER ? Outcome.INFORMATION_ONLY
                : request.topic() == Topic.COLLABORATION
                ? pick(random, new Outcome[]{Outcome.CONNECTED_TO_ORGANISATION, Outcome.CONNECTED_TO_CITY_DIVISION,
                    Outcome.COLLABORATION_PROPOSAL, Outcome.NOT_CONNECTED})
                : request.topic() == Topic.ARTICLES
                ? pick(random, new Outcome[]{Outcome.ORGANISATION_FOUNDED, Outcome.INFORMATION_ONLY, Outcome.ORGANISATION_STRENGTHENED})
                : pick(random, new Outcome[]{Outcome.ORGANISATION_STRENGTHENED, Outcome.ORGANISATION_STRENGTHENED,
                    Outcome.INFORMATION_ONLY, Outcome.CONNECTED_TO_ORGANISATION});
        Instant done = moment(closed, 16);
        c.close(outcome, closed, null, closed, done, by);
        records.add(new ConsultationStep(c.id(), ConsultationStep.Kind.CLOSED,
                jp.kyodonet.consultation.entity.Vocabulary.label(outcome).ja(), done, by));
    }

    private static Instant moment(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(BusinessClock.JAPAN).toInstant();
    }

    private static <T> T pick(Random random, T[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
