package jp.kyodonet.inbox.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.kyodonet.booking.entity.BookingStatus;
import jp.kyodonet.collaboration.entity.AnnualSurvey;
import jp.kyodonet.collaboration.entity.AnnualSurveyAnswer;
import jp.kyodonet.collaboration.entity.EvaluationStatus;
import jp.kyodonet.collaboration.entity.OwnerKind;
import jp.kyodonet.consultation.entity.ConsultationStatus;
import jp.kyodonet.consultation.entity.ReferralStatus;
import jp.kyodonet.network.entity.ActionStatus;
import jp.kyodonet.network.entity.SupportStatus;
import jp.kyodonet.organisation.entity.RegistrationStatus;
import jp.kyodonet.platform.error.Message;
import jp.kyodonet.platform.security.CurrentUser;
import jp.kyodonet.platform.security.Roles;
import jp.kyodonet.platform.tenancy.CurrentTenant;
import jp.kyodonet.platform.time.BusinessClock;
import jp.kyodonet.platform.time.FiscalYear;
import jp.kyodonet.tenants.TenantId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What waits for the signed-in person and for their centre, computed from the records on every read: consultations
 * assigned to me, follow-ups due or overdue, referrals to answer, bookings awaiting approval, registrations due for
 * renewal, network action items given to the centre, support requests to answer (the city centre), and evaluation
 * sheets whose 団体等 column the centre fills. Each item says why it is there and since when, and which record it
 * opens; nothing of a requester's personal data is in it (a consultation shows its summary, as the list does).
 */
@Stateless
@DeclareRoles({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR, Roles.HQ_ANALYST,
        Roles.WARD_OFFICER, Roles.BUREAU_OFFICER})
@RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR, Roles.HQ_ANALYST,
        Roles.WARD_OFFICER, Roles.BUREAU_OFFICER})
public class Inbox {

    /** The kinds of waiting work, in the order the inbox shows them. */
    public enum Kind {
        CONSULTATION_ASSIGNED, FOLLOW_UP_DUE, REFERRAL_TO_ANSWER, BOOKING_TO_APPROVE, RENEWAL_DUE, ACTION_ITEM,
        SUPPORT_REQUEST, EVALUATION_TO_FILL,
        /** 行政: the office's part of the annual survey (照会) to answer, or (the division) offices still to answer. */
        SURVEY_TO_ANSWER, SURVEY_ANSWERS_AWAITED,
        /** 行政: the 行政 column of a mutual evaluation sheet the office fills. */
        EVALUATION_CITY_TO_FILL,
        /** A colleague's comment of the last {@value #MENTION_DAYS} days that names the reader. */
        MENTIONED
    }

    /** How long a comment that names the reader stays in the inbox. */
    static final int MENTION_DAYS = 14;

    /**
     * One waiting thing: its kind, the record it opens ({@code page} of the portal and {@code recordId}), a short
     * title, why it is there, since when, and whether it is the reader's own (assigned to them) or the centre's.
     */
    public record Item(Kind kind, String page, String recordId, String title, Message reason, LocalDate since,
                       boolean mine) {
    }

    /** Counts per kind: the reader's own and the whole centre's (own included). */
    public record Count(Kind kind, long mine, long centre) {
    }

    /** The inbox: counts per kind, then the items, oldest first. */
    public record View(LocalDate today, List<Count> counts, List<Item> items) {
    }

    /** The most items of one kind listed (the count says how many there are). */
    static final int PER_KIND = 50;

    @PersistenceContext(unitName = "kyodo")
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    CurrentTenant tenant;

    @Inject
    BusinessClock clock;

    @jakarta.annotation.Resource
    jakarta.ejb.SessionContext context;

    @Inject
    jp.kyodonet.platform.tenancy.TenantDirectory tenants;

    public View read() {
        String centre = tenant.get().map(TenantId::value).orElseThrow(() -> new IllegalStateException("no centre"));
        String me = user.subject();
        LocalDate today = clock.today();
        List<Item> items = new ArrayList<>();
        if (context.isCallerInRole(Roles.WARD_OFFICER) || context.isCallerInRole(Roles.BUREAU_OFFICER)) {
            officeWork(centre, items);
        } else if (context.isCallerInRole(Roles.HQ_ANALYST) && !context.isCallerInRole(Roles.CENTRE_STAFF)
                && !context.isCallerInRole(Roles.CENTRE_MANAGER) && !context.isCallerInRole(Roles.NETWORK_COORDINATOR)) {
            divisionWork(centre, today, items);
        } else {
            consultations(me, today, items);
            referrals(centre, items);
            bookings(today, items);
            renewals(today, items);
            actions(centre, items);
            support(centre, items);
            evaluations(centre, items);
            mentions(me, items);
        }
        Map<Kind, long[]> counts = new EnumMap<>(Kind.class);
        for (Item i : items) {
            long[] c = counts.computeIfAbsent(i.kind(), k -> new long[2]);
            c[0] += i.mine() ? 1 : 0;
            c[1]++;
        }
        List<Count> countList = new ArrayList<>();
        counts.forEach((k, c) -> countList.add(new Count(k, c[0], c[1])));
        Map<Kind, Integer> listed = new EnumMap<>(Kind.class);
        List<Item> shown = items.stream()
                .sorted(Comparator.comparing(Item::since, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Item::kind))
                .filter(i -> listed.merge(i.kind(), 1, Integer::sum) <= PER_KIND).toList();
        return new View(today, countList, shown);
    }

    private void consultations(String me, LocalDate today, List<Item> items) {
        for (Object[] r : em.createQuery("SELECT c.id, c.summary, c.receivedOn, c.assigneeSubject, c.nextActionOn, c.status"
                        + " FROM Consultation c WHERE c.status <> :closed AND (c.assigneeSubject = :me"
                        + " OR (c.nextActionOn IS NOT NULL AND c.nextActionOn <= :today))", Object[].class)
                .setParameter("closed", ConsultationStatus.CLOSED).setParameter("me", me).setParameter("today", today)
                .getResultList()) {
            String id = (String) r[0];
            String title = excerpt((String) r[1]);
            boolean mine = me.equals(r[3]);
            LocalDate next = (LocalDate) r[4];
            if (next != null && !next.isAfter(today)) {
                items.add(new Item(Kind.FOLLOW_UP_DUE, "consultations", id, title, next.isBefore(today)
                        ? new Message("対応予定日（" + next + "）を過ぎています", "Past its next action date (" + next + ")")
                        : new Message("今日が対応予定日です", "Its next action is due today"), next, mine));
            } else if (mine) {
                items.add(new Item(Kind.CONSULTATION_ASSIGNED, "consultations", id, title,
                        new Message("担当に割り当てられた相談です", "Assigned to you"), (LocalDate) r[2], true));
            }
        }
    }

    private void mentions(String me, List<Item> items) {
        for (jp.kyodonet.attachment.entity.RecordComment c : em.createQuery("SELECT c FROM RecordComment c"
                        + " WHERE LOCATE(:me, c.mentionSubjects) > 0 AND c.createdAt >= :since AND c.author <> :subject"
                        + " ORDER BY c.createdAt DESC", jp.kyodonet.attachment.entity.RecordComment.class)
                .setParameter("me", "\n" + me + "\n").setParameter("subject", me)
                .setParameter("since", clock.now().minus(java.time.Duration.ofDays(MENTION_DAYS))).getResultList()) {
            items.add(new Item(Kind.MENTIONED, c.recordKind().page(), c.recordId().toString(),
                    c.recordKind().ja() + "：" + excerpt(c.body()), new Message(c.authorName() + " さんのコメントで名前が挙がりました",
                    c.authorName() + " mentioned you in a comment"), day(c.createdAt()), true));
        }
    }

    private void referrals(String centre, List<Item> items) {
        for (Object[] r : em.createQuery("SELECT f.id, f.summary, f.sentAt, f.fromTenant FROM Referral f"
                        + " WHERE f.toTenant = :centre AND f.status = :sent", Object[].class)
                .setParameter("centre", centre).setParameter("sent", ReferralStatus.SENT).getResultList()) {
            items.add(new Item(Kind.REFERRAL_TO_ANSWER, "referrals", (String) r[0], excerpt((String) r[1]),
                    new Message("他センターからの紹介に回答してください", "A referral from another centre waits for your answer"),
                    day((Instant) r[2]), false));
        }
    }

    private void bookings(LocalDate today, List<Item> items) {
        for (Object[] r : em.createQuery("SELECT b.id, s.name, b.date, b.start, b.createdAt FROM Booking b, Space s"
                        + " WHERE s.id = b.spaceId AND b.status = :requested AND b.date >= :today", Object[].class)
                .setParameter("requested", BookingStatus.REQUESTED).setParameter("today", today).getResultList()) {
            items.add(new Item(Kind.BOOKING_TO_APPROVE, "bookings", (String) r[0], r[1] + " " + r[2] + " " + r[3],
                    new Message("承認を待っている予約申込です", "A booking request waits for approval"), day((Instant) r[4]), false));
        }
    }

    private void renewals(LocalDate today, List<Item> items) {
        for (Object[] r : em.createQuery("SELECT o.id, o.name, o.expiresOn FROM Organisation o WHERE o.status = :registered"
                        + " AND o.expiresOn < :yearStart", Object[].class)
                .setParameter("registered", RegistrationStatus.REGISTERED)
                .setParameter("yearStart", FiscalYear.of(today).firstDay()).getResultList()) {
            LocalDate expired = (LocalDate) r[2];
            items.add(new Item(Kind.RENEWAL_DUE, "organisations", (String) r[0], (String) r[1],
                    new Message("登録期間（" + expired + "まで）が終わり、更新か失効の判断を待っています",
                            "Its registration ended on " + expired + ": renew it or let it lapse"), expired.plusDays(1), false));
        }
    }

    private void actions(String centre, List<Item> items) {
        for (Object[] r : em.createQuery("SELECT a.id, a.title, a.dueOn, m.date FROM ActionItem a, NetworkMeeting m"
                        + " WHERE m.id = a.meetingId AND a.assignee = :centre AND a.status <> :done", Object[].class)
                .setParameter("centre", centre).setParameter("done", ActionStatus.DONE).getResultList()) {
            LocalDate due = (LocalDate) r[2];
            items.add(new Item(Kind.ACTION_ITEM, "network", (String) r[0], (String) r[1], due == null
                    ? new Message("ネットワーク会議の対応事項です", "An action item from a network meeting")
                    : new Message("ネットワーク会議の対応事項です（期限 " + due + "）", "An action item from a network meeting (due " + due + ")"),
                    (LocalDate) r[3], false));
        }
    }

    /** Support requests of the ward centres wait for the city centre. */
    private void support(String centre, List<Item> items) {
        if (!"city".equals(centre)) {
            return;
        }
        for (Object[] r : em.createQuery("SELECT s.id, s.topic, s.createdAt, s.fromTenant FROM SupportRequest s"
                        + " WHERE s.status = :open", Object[].class)
                .setParameter("open", SupportStatus.OPEN).getResultList()) {
            items.add(new Item(Kind.SUPPORT_REQUEST, "network", (String) r[0], (String) r[1],
                    new Message("区センターからの支援依頼に回答してください", "A ward centre's support request waits for an answer"),
                    day((Instant) r[2]), false));
        }
    }

    /** Sheets of the centre's contracts where the centre is the 団体等 side and has not submitted its column. */
    private void evaluations(String centre, List<Item> items) {
        for (Object[] r : em.createQuery("SELECT e.id, p.name, e.fiscalYear, e.updatedAt FROM EvaluationSheet e,"
                        + " CollaborationContract c, CollaborationProject p WHERE c.id = e.contractId AND p.id = e.projectId"
                        + " AND e.ownerTenant = :centre AND c.centreIsPartner = TRUE AND e.status = :draft"
                        + " AND e.partnerSubmittedAt IS NULL", Object[].class)
                .setParameter("centre", centre).setParameter("draft", EvaluationStatus.DRAFT).getResultList()) {
            items.add(new Item(Kind.EVALUATION_TO_FILL, "collaboration", (String) r[0], r[1] + "（" + r[2] + "年度）",
                    new Message("相互評価シートの団体等の欄を記入・提出してください",
                            "Fill in and submit the partner's column of the evaluation sheet"), day((Instant) r[3]), false));
        }
    }

    /**
     * A ward office (its ward's records) or a bureau (its bureau's projects at the city centre): its part of an open
     * annual survey not yet submitted, and the 行政 column of evaluation sheets still to fill.
     */
    private void officeWork(String centre, List<Item> items) {
        String bureau = context.isCallerInRole(Roles.BUREAU_OFFICER) ? user.bureau() : null;
        OwnerKind kind = bureau == null ? OwnerKind.WARD : OwnerKind.BUREAU;
        var answers = em.createQuery("SELECT a.id, s.fiscalYear, s.dueOn, s.openedAt FROM AnnualSurveyAnswer a,"
                        + " AnnualSurvey s WHERE s.id = a.surveyId AND s.status = :open AND a.ownerTenant = :centre"
                        + " AND a.officeKind = :kind AND a.status = :pending" + (bureau == null ? "" : " AND a.officeName = :bureau"),
                        Object[].class)
                .setParameter("open", AnnualSurvey.Status.OPEN).setParameter("centre", centre).setParameter("kind", kind)
                .setParameter("pending", AnnualSurveyAnswer.Status.PENDING);
        var sheets = em.createQuery("SELECT e.id, p.name, e.fiscalYear, e.updatedAt FROM EvaluationSheet e,"
                        + " CollaborationProject p WHERE p.id = e.projectId AND e.ownerTenant = :centre"
                        + " AND p.ownerKind = :kind AND e.status = :draft AND e.citySubmittedAt IS NULL"
                        + (bureau == null ? "" : " AND p.ownerName = :bureau"), Object[].class)
                .setParameter("centre", centre).setParameter("kind", kind).setParameter("draft", EvaluationStatus.DRAFT);
        if (bureau != null) {
            answers.setParameter("bureau", bureau);
            sheets.setParameter("bureau", bureau);
        }
        for (Object[] r : answers.getResultList()) {
            LocalDate due = (LocalDate) r[2];
            items.add(new Item(Kind.SURVEY_TO_ANSWER, "surveys", (String) r[0], r[1] + "年度 市民協働の取組状況の照会",
                    due == null ? new Message("照会への回答を提出してください", "Submit your answer to the survey")
                            : new Message("照会への回答を" + due + "までに提出してください", "Submit your answer by " + due),
                    day((Instant) r[3]), true));
        }
        for (Object[] r : sheets.getResultList()) {
            items.add(new Item(Kind.EVALUATION_CITY_TO_FILL, "collaboration", (String) r[0], r[1] + "（" + r[2] + "年度）",
                    new Message("相互評価シートの行政の欄を記入・提出してください",
                            "Fill in and submit the 行政 column of the evaluation sheet"), day((Instant) r[3]), true));
        }
    }

    /** The city's division: each open survey of its city whose offices have not all answered. */
    private void divisionWork(String centre, LocalDate today, List<Item> items) {
        String city = tenants.cityOf(new TenantId(centre));
        for (Object[] r : em.createQuery("SELECT s.id, s.fiscalYear, s.dueOn, s.openedAt, COUNT(a) FROM AnnualSurvey s,"
                        + " AnnualSurveyAnswer a WHERE a.surveyId = s.id AND s.city = :city AND s.status = :open"
                        + " AND a.status = :pending GROUP BY s.id, s.fiscalYear, s.dueOn, s.openedAt", Object[].class)
                .setParameter("city", city).setParameter("open", AnnualSurvey.Status.OPEN)
                .setParameter("pending", AnnualSurveyAnswer.Status.PENDING).getResultList()) {
            LocalDate due = (LocalDate) r[2];
            long waiting = ((Number) r[4]).longValue();
            boolean late = due != null && due.isBefore(today);
            items.add(new Item(Kind.SURVEY_ANSWERS_AWAITED, "surveys-division", (String) r[0],
                    r[1] + "年度 市民協働の取組状況の照会",
                    new Message((late ? "期限（" + due + "）を過ぎて" : "") + waiting + "件の区局が未回答です",
                            waiting + " offices have not answered" + (late ? " (due " + due + ")" : "")),
                    day((Instant) r[3]), true));
        }
    }

    private static LocalDate day(Instant instant) {
        return instant == null ? null : instant.atZone(BusinessClock.JAPAN).toLocalDate();
    }

    private static String excerpt(String text) {
        if (text == null) {
            return "";
        }
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= 40 ? line : line.substring(0, 40) + "…";
    }
}
