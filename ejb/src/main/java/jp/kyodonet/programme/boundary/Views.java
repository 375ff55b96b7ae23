package jp.kyodonet.programme.boundary;

import jp.kyodonet.programme.entity.PlaceKind;
import jp.kyodonet.programme.entity.PlanItem;
import jp.kyodonet.programme.entity.ProgrammeKind;
import jp.kyodonet.programme.entity.ProgrammeStatus;
import jp.kyodonet.programme.entity.RegistrationStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** What the programme endpoints answer. */
public final class Views {

    private Views() {
    }

    public record ProgrammeView(UUID id, long version, String name, ProgrammeKind kind, PlanItem planItem, String audience,
                                String coOrganisers, String description, int plannedSessions, int fiscalYear,
                                ProgrammeStatus status, List<SessionView> sessions) {
    }

    /** A session with its counts; {@code placesLeft} is what the public sees too. */
    public record SessionView(UUID id, String title, LocalDate date, LocalTime start, LocalTime end, PlaceKind placeKind,
                              UUID spaceId, UUID bookingId, String placeNote, String lecturer, int capacity,
                              long registered, long waiting, long placesLeft) {
    }

    /** A registration as staff see it (personal data; the list read is audit-logged). */
    public record RegistrationView(UUID id, long version, int sequence, String name, String contact, String organisation,
                                   RegistrationStatus status, int waitingPosition, boolean attended,
                                   boolean participantBaseConsent, String surveyToken, Instant registeredAt) {
    }

    /** What a person is told after registering: place or waiting position, and their survey link token. */
    public record Receipt(RegistrationStatus status, int waitingPosition, String surveyToken, String programme,
                          String session, LocalDate date, String receipt) {
    }

    /** Survey results of a session or programme: counts and averages, and the comments (no names). */
    public record SurveyResults(long answers, Double satisfactionAverage, Double understandingImprovedShare,
                                Double motivationImprovedShare, List<String> comments) {
    }

    /** A person in the participant base: who came to how many sessions, and when last. */
    public record Participant(String name, String contact, String organisation, int sessionsAttended,
                              LocalDate lastAttended) {
    }

    /** A centre's figures for a fiscal year. */
    public record Figures(int fiscalYear, long programmes, long sessions, long participations, long distinctParticipants,
                          Double satisfactionAverage, Double understandingImprovedShare, long surveyAnswers) {
    }
}
