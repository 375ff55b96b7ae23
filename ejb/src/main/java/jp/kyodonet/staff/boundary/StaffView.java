package jp.kyodonet.staff.boundary;

import jp.kyodonet.staff.entity.StaffMember;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A person of the centre's staff directory, as the directory page and the assignment picker show them. */
public record StaffView(UUID id, long version, String subject, String name, String email, List<String> roles,
                        boolean active, Instant firstSeenAt, Instant lastSeenAt) {

    static StaffView of(StaffMember m) {
        return new StaffView(m.id(), m.version(), m.subject(), m.name(), m.email(), m.roles(), m.active(),
                m.firstSeenAt(), m.lastSeenAt());
    }
}
