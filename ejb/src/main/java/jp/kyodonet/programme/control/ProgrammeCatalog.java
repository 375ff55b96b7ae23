package jp.kyodonet.programme.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.programme.entity.PlaceKind;
import jp.kyodonet.programme.entity.Programme;
import jp.kyodonet.programme.entity.ProgrammeKind;
import jp.kyodonet.programme.entity.ProgrammeStatus;
import jp.kyodonet.programme.entity.RegistrationStatus;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * A programme as its public page shows it: what, when, where and how many places are left; never who
 * registered. Only programmes past planning are public. Called through {@code SystemTasks.asTenant}.
 */
@Stateless
public class ProgrammeCatalog {

    public record PublicSession(UUID id, String title, LocalDate date, LocalTime start, LocalTime end,
                                PlaceKind placeKind, String placeNote, String lecturer, int capacity, long placesLeft,
                                long waiting) {
    }

    public record PublicProgramme(UUID id, String name, ProgrammeKind kind, String audience, String coOrganisers,
                                  String description, ProgrammeStatus status, boolean open,
                                  List<PublicSession> sessions) {
    }

    @Inject
    ProgrammeRepository programmes;

    public PublicProgramme programme(UUID id) {
        Programme p = programmes.programme(id).filter(x -> x.status() != ProgrammeStatus.PLANNED)
                .orElseThrow(() -> DomainException.notFound("事業", "Programme"));
        List<PublicSession> sessions = programmes.sessions(id).stream().map(s -> {
            long registered = programmes.count(s.id(), RegistrationStatus.REGISTERED);
            return new PublicSession(s.id(), s.title(), s.date(), s.start(), s.end(), s.placeKind(), s.placeNote(),
                    s.lecturer(), s.capacity(), Math.max(0, s.capacity() - registered),
                    programmes.count(s.id(), RegistrationStatus.WAITING));
        }).toList();
        return new PublicProgramme(p.id(), p.name(), p.kind(), p.audience(), p.coOrganisers(), p.description(),
                p.status(), p.isOpenForRegistration(), sessions);
    }

    /** The session, if it belongs to this public programme. */
    public void requireSessionOf(UUID programmeId, UUID sessionId) {
        programme(programmeId);
        programmes.session(sessionId).filter(s -> s.programmeId().equals(programmeId))
                .orElseThrow(() -> DomainException.notFound("回", "Session"));
    }
}
