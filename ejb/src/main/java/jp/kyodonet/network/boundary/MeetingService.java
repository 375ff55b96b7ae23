package jp.kyodonet.network.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jp.kyodonet.kpi.CountedRecords;
import jp.kyodonet.network.control.NetworkRecordsChanged;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jp.kyodonet.network.control.MaterialsBuilder;
import jp.kyodonet.network.control.NetworkRepository;
import jp.kyodonet.network.control.Packet;
import jp.kyodonet.network.entity.ActionItem;
import jp.kyodonet.network.entity.AgendaItem;
import jp.kyodonet.network.entity.Attendance;
import jp.kyodonet.network.entity.AttendeeRole;
import jp.kyodonet.network.entity.MeetingMaterials;
import jp.kyodonet.network.entity.NetworkMeeting;
import jp.kyodonet.network.entity.SupportStatus;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.error.FieldError;
import jp.kyodonet.platform.error.Message;
import jp.kyodonet.platform.security.CurrentUser;
import jp.kyodonet.platform.security.Roles;
import jp.kyodonet.platform.tenancy.TenantDirectory;
import jp.kyodonet.platform.time.BusinessClock;
import jp.kyodonet.platform.time.FiscalYear;
import jp.kyodonet.tenants.Tenant;
import jp.kyodonet.tenants.TenantKind;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import jp.kyodonet.mail.control.Notices;
import jp.kyodonet.tenants.TenantId;

/**
 * Network meetings (ネットワーク会議, NETWORK scope): the fiscal year's plan, agenda, attendance by centre and
 * role, action items and generated materials. Every centre's staff read them; only network coordinators
 * (city centre) change them.
 */
@Stateless
@RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
public class MeetingService {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Inject
    Event<NetworkRecordsChanged> changes;

    @Inject
    NetworkRepository network;

    @Inject
    MaterialsBuilder materials;

    @Inject
    NetworkSupport support;

    @Inject
    TenantDirectory tenants;

    @Inject
    CurrentUser user;

    @Inject
    BusinessClock clock;

    @jakarta.annotation.Resource
    jakarta.ejb.SessionContext context;

    public List<NetworkViews.MeetingSummary> plan(Integer fiscalYear) {
        return network.meetings(fiscalYear).stream().map(MeetingService::summary).toList();
    }

    @RolesAllowed(Roles.NETWORK_COORDINATOR)
    public NetworkViews.MeetingView schedule(@Valid @NotNull NetworkForms.MeetingForm form) {
        if (form.repeatOf() != null) {
            meeting(form.repeatOf());
        }
        NetworkMeeting meeting = new NetworkMeeting(support.here(), form.title(), form.date(), form.start(), form.format(),
                form.place(), form.theme(), form.repeatOf(), clock.now(), user.signature());
        network.add(meeting);
        network.flush();
        return view(meeting);
    }

    public NetworkViews.MeetingView read(@NotNull UUID id) {
        return view(meeting(id));
    }

    @RolesAllowed(Roles.NETWORK_COORDINATOR)
    public NetworkViews.MeetingView revise(@NotNull UUID id, long version, @Valid @NotNull NetworkForms.MeetingForm form) {
        NetworkMeeting meeting = meeting(id);
        if (meeting.version() != version) {
            throw DomainException.staleVersion();
        }
        meeting.describe(form.title(), form.date(), form.start(), form.format(), form.place(), form.theme(), clock.now(),
                user.signature());
        network.flush();
        return view(meeting);
    }

    @RolesAllowed(Roles.NETWORK_COORDINATOR)
    public NetworkViews.MeetingView addAgendaItem(@NotNull UUID id, @Valid @NotNull NetworkForms.AgendaForm form) {
        NetworkMeeting meeting = meeting(id);
        int next = network.agenda(id).size() + 1;
        network.add(new AgendaItem(id, next, form.kind(), form.title(),
                form.presenter() == null || form.presenter().isBlank() ? null : support.knownCentre("presenter", form.presenter())));
        network.flush();
        return view(meeting);
    }

    /** The meeting's attendance grid, replaced as a whole: attendees per centre and role. */
    @RolesAllowed(Roles.NETWORK_COORDINATOR)
    public NetworkViews.MeetingView recordAttendance(@NotNull UUID id, @Valid @NotNull NetworkForms.AttendanceForm form) {
        NetworkMeeting meeting = meeting(id);
        Set<String> seen = new HashSet<>();
        List<Attendance> rows = new ArrayList<>();
        for (NetworkForms.AttendanceLine line : form.lines()) {
            String centre = support.knownCentre("lines", line.centre()).value();
            if (!seen.add(centre + line.role())) {
                throw DomainException.invalidInput(List.of(new FieldError("lines", new Message(
                        "同じセンターと役割が2回あります（" + centre + "）", "centre and role given twice: " + centre))));
            }
            if (line.attendees() > 0) {
                rows.add(new Attendance(id, centre, line.role(), line.attendees()));
            }
        }
        Set<String> centres = new HashSet<>();
        network.attendance(id).forEach(a -> centres.add(a.tenant()));
        rows.forEach(a -> centres.add(a.tenant()));
        network.replaceAttendance(id, rows);
        network.flush();
        changes.fire(new NetworkRecordsChanged(centres, CountedRecords.yearsOf(meeting.date()), false));
        return view(meeting);
    }

    @RolesAllowed(Roles.NETWORK_COORDINATOR)
    public NetworkViews.MeetingView addAction(@NotNull UUID id, @Valid @NotNull NetworkForms.ActionForm form) {
        NetworkMeeting meeting = meeting(id);
        TenantId assignee = support.knownCentre("assignee", form.assignee());
        ActionItem item = new ActionItem(id, assignee, form.title(), form.dueOn(), clock.now(), user.signature());
        network.add(item);
        network.flush();
        notices.toCentre(assignee, Set.of(Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR),
                new Notices.Notice(Notices.Kind.ACTION_ITEM, "network", item.id().toString(),
                        new Message(form.title(), form.title())));
        return view(meeting);
    }

    @Inject
    Notices notices;

    /** Generates the materials from the records of now; earlier generations stay as they were. */
    @RolesAllowed(Roles.NETWORK_COORDINATOR)
    public NetworkViews.Materials generate(@NotNull UUID id) {
        NetworkMeeting meeting = meeting(id);
        Packet packet = materials.build(meeting, clock.today());
        MeetingMaterials generated = new MeetingMaterials(id, json(packet), clock.now(), user.signature());
        network.add(generated);
        network.flush();
        return new NetworkViews.Materials(ref(generated), packet);
    }

    public NetworkViews.Materials materials(@NotNull UUID materialsId) {
        MeetingMaterials m = network.find(MeetingMaterials.class, materialsId)
                .orElseThrow(() -> DomainException.notFound("資料", "Materials"));
        try (Jsonb jsonb = JsonbBuilder.create()) {
            return new NetworkViews.Materials(ref(m), jsonb.fromJson(m.content(), Packet.class));
        } catch (Exception e) {
            throw new IllegalStateException("stored materials cannot be read", e);
        }
    }

    /** Freezes a generation as the meeting's official materials (one per meeting). */
    @RolesAllowed(Roles.NETWORK_COORDINATOR)
    public NetworkViews.Materials makeOfficial(@NotNull UUID materialsId) {
        MeetingMaterials m = network.find(MeetingMaterials.class, materialsId)
                .orElseThrow(() -> DomainException.notFound("資料", "Materials"));
        if (network.materialsOf(m.meetingId()).stream().anyMatch(MeetingMaterials::official)) {
            throw DomainException.conflict(new Message("この会議の正式版はすでにあります", "The meeting already has official materials"));
        }
        m.makeOfficial();
        network.flush();
        return materials(materialsId);
    }

    /** A fiscal year of meetings: held (by today), distinct and repeat sessions, 延べ attendees, wards represented. */
    public NetworkViews.MeetingFigures figures(int fiscalYear) {
        List<NetworkMeeting> meetings = network.meetings(fiscalYear);
        java.time.LocalDate today = clock.today();
        List<NetworkMeeting> held = meetings.stream().filter(m -> !m.date().isAfter(today)).toList();
        Set<String> heldIds = new HashSet<>();
        held.forEach(m -> heldIds.add(m.id().toString()));
        long attendees = 0;
        long wardOffice = 0;
        long staff = 0;
        Set<String> wards = new HashSet<>();
        for (Object[] row : network.attendanceOfYear(fiscalYear)) {
            if (!heldIds.contains((String) row[0])) {
                continue;
            }
            int n = (Integer) row[3];
            attendees += n;
            if (row[2] == AttendeeRole.WARD_OFFICE) {
                wardOffice += n;
            } else {
                staff += n;
            }
            boolean ward = tenants.findActive((String) row[1]).map(t -> t.kind() == TenantKind.WARD_CENTRE).orElse(false);
            if (ward && n > 0) {
                wards.add((String) row[1]);
            }
        }
        FiscalYear year = new FiscalYear(fiscalYear);
        long requests = 0;
        long answered = 0;
        for (Object[] row : network.supportCounts(year.firstDay().atStartOfDay(TOKYO).toInstant(),
                year.lastDay().plusDays(1).atStartOfDay(TOKYO).toInstant())) {
            long n = (Long) row[1];
            requests += n;
            if (row[0] != SupportStatus.OPEN) {
                answered += n;
            }
        }
        long repeats = held.stream().filter(m -> m.repeatOf() != null).count();
        return new NetworkViews.MeetingFigures(fiscalYear, meetings.size(), held.size(), held.size() - repeats, repeats,
                attendees, wardOffice, staff, wards.size(), requests, answered);
    }

    private NetworkMeeting meeting(UUID id) {
        return network.find(NetworkMeeting.class, id).orElseThrow(() -> DomainException.notFound("会議", "Meeting"));
    }

    private static String json(Packet packet) {
        try (Jsonb jsonb = JsonbBuilder.create()) {
            return jsonb.toJson(packet);
        } catch (Exception e) {
            throw new IllegalStateException("materials cannot be stored", e);
        }
    }

    static NetworkViews.MeetingSummary summary(NetworkMeeting m) {
        return new NetworkViews.MeetingSummary(m.id(), m.version(), m.title(), m.date(), m.start(), m.format(), m.place(),
                m.theme(), m.repeatOf(), m.fiscalYear());
    }

    private static NetworkViews.MaterialsRef ref(MeetingMaterials m) {
        return new NetworkViews.MaterialsRef(m.id(), m.generatedAt(), m.generatedBy(), m.official());
    }

    private NetworkViews.MeetingView view(NetworkMeeting m) {
        List<NetworkViews.Agenda> agenda = network.agenda(m.id()).stream().map(a -> new NetworkViews.Agenda(a.position(),
                a.kind(), a.title(), a.presenter(), a.presenter() == null ? null : support.name(a.presenter()))).toList();
        List<NetworkViews.AttendanceRow> attendance = network.attendance(m.id()).stream()
                .map(a -> new NetworkViews.AttendanceRow(a.tenant(), a.role(), a.attendees())).toList();
        List<NetworkViews.Action> actions = network.actionsOfMeeting(m.id()).stream().map(MeetingService::action).toList();
        List<NetworkViews.MaterialsRef> refs = network.materialsOf(m.id()).stream().map(MeetingService::ref).toList();
        List<NetworkViews.Centre> invited = tenants.active().stream().filter(t -> t.kind() == TenantKind.WARD_CENTRE)
                .map((Tenant t) -> new NetworkViews.Centre(t.id().value(), t.displayNameJa())).toList();
        return new NetworkViews.MeetingView(summary(m), agenda, attendance, actions, refs, invited,
                context.isCallerInRole(Roles.NETWORK_COORDINATOR));
    }

    static NetworkViews.Action action(ActionItem a) {
        return new NetworkViews.Action(a.id(), a.version(), a.meetingId(), a.assignee().value(), null, a.title(),
                a.dueOn(), a.status(), a.note());
    }
}
