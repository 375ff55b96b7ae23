package jp.kyodonet.network.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.kyodonet.network.entity.ActionStatus;
import jp.kyodonet.network.entity.AgendaKind;
import jp.kyodonet.network.entity.AttendeeRole;
import jp.kyodonet.network.entity.MeetingFormat;
import jp.kyodonet.network.entity.PartnerSector;
import jp.kyodonet.organisation.entity.ActivityField;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What centres send about the network, checked by Bean Validation. */
public final class NetworkForms {

    private NetworkForms() {
    }

    public record CaseForm(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 200) String theme,
                           Set<ActivityField> fields, Set<PartnerSector> sectors, @Size(max = 40) String ward,
                           @NotBlank @Size(max = 4000) String whatWasDone, @Size(max = 4000) String whatWorked,
                           @Size(max = 4000) String whatWasHard, @Size(max = 1000) String contacts,
                           Boolean contactsConsent, Boolean redactionConfirmed) {
    }

    public record CommentForm(@Size(max = 2000) String body, Boolean triedToo) {
    }

    public record MeetingForm(@NotBlank @Size(max = 200) String title, @NotNull LocalDate date, LocalTime start,
                              @NotNull MeetingFormat format, @Size(max = 200) String place, @Size(max = 400) String theme,
                              UUID repeatOf) {
    }

    public record AgendaForm(@NotNull AgendaKind kind, @NotBlank @Size(max = 300) String title, @Size(max = 32) String presenter) {
    }

    public record AttendanceLine(@NotBlank @Size(max = 32) String centre, @NotNull AttendeeRole role,
                                 @NotNull @Min(0) @Max(100) Integer attendees) {
    }

    public record AttendanceForm(@NotNull @Size(max = 100) List<@Valid @NotNull AttendanceLine> lines) {
    }

    public record ActionForm(@NotBlank @Size(max = 32) String assignee, @NotBlank @Size(max = 300) String title,
                             @NotNull LocalDate dueOn) {
    }

    public record ActionReport(@NotNull ActionStatus status, @Size(max = 2000) String note) {
    }

    public record SupportForm(@NotBlank @Size(max = 200) String topic, @NotBlank @Size(max = 4000) String body) {
    }

    public record AnswerForm(@NotBlank @Size(max = 4000) String answer) {
    }
}
