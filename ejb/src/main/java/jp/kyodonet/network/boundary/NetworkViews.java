package jp.kyodonet.network.boundary;

import jp.kyodonet.network.control.Packet;
import jp.kyodonet.network.entity.ActionStatus;
import jp.kyodonet.network.entity.AgendaKind;
import jp.kyodonet.network.entity.AttendeeRole;
import jp.kyodonet.network.entity.CaseSource;
import jp.kyodonet.network.entity.CaseStatus;
import jp.kyodonet.network.entity.MeetingFormat;
import jp.kyodonet.network.entity.PartnerSector;
import jp.kyodonet.network.entity.SupportStatus;
import jp.kyodonet.organisation.entity.ActivityField;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What the network endpoints answer. */
public final class NetworkViews {

    private NetworkViews() {
    }

    public record CaseSummary(UUID id, long version, String centre, String centreName, String title, String theme,
                              Set<ActivityField> fields, Set<PartnerSector> sectors, String ward, CaseStatus status,
                              Instant publishedAt, long triedToo) {
    }

    /** A case; {@code contacts} only where the organisations consented; {@code mine}: the reader's centre wrote it. */
    public record CaseView(CaseSummary summary, String whatWasDone, String whatWorked, String whatWasHard,
                           String contacts, boolean contactsConsent, CaseSource source, boolean redactionConfirmed,
                           boolean mine, List<Comment> comments) {
    }

    public record Comment(String centre, String centreName, String author, String body, boolean triedToo, Instant at) {
    }

    public record MeetingSummary(UUID id, long version, String title, LocalDate date, LocalTime start, MeetingFormat format,
                                 String place, String theme, UUID repeatOf, int fiscalYear) {
    }

    public record MeetingView(MeetingSummary meeting, List<Agenda> agenda, List<AttendanceRow> attendance,
                              List<Action> actions, List<MaterialsRef> materials, List<Centre> invited,
                              boolean editable) {
    }

    public record Agenda(int number, AgendaKind kind, String title, String presenter, String presenterName) {
    }

    public record AttendanceRow(String centre, AttendeeRole role, int attendees) {
    }

    public record Action(UUID id, long version, UUID meetingId, String assignee, String assigneeName, String title,
                         LocalDate dueOn, ActionStatus status, String note) {
    }

    public record MaterialsRef(UUID id, Instant generatedAt, String generatedBy, boolean official) {
    }

    public record Materials(MaterialsRef ref, Packet packet) {
    }

    public record Centre(String id, String name) {
    }

    /** A fiscal year of the network: meetings held, distinct and repeat sessions, 延べ attendees, wards represented. */
    public record MeetingFigures(int fiscalYear, long planned, long held, long distinctSessions, long repeatSessions,
                                 long attendees, long wardOfficeAttendees, long centreStaffAttendees,
                                 long wardsRepresented, long supportRequests, long supportRequestsAnswered) {
    }

    public record Support(UUID id, long version, String centre, String centreName, String topic, String body,
                          SupportStatus status, String answer, String answeredBy, Instant createdAt, Instant answeredAt) {
    }
}
