package jp.kyodonet.network.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** How many came to a meeting for one centre in one role (区地域振興課 or センター職員). */
@Entity
@Table(name = "net_attendance")
@IdClass(Attendance.Key.class)
public class Attendance {

    @Id
    @Column(name = "meeting_id", length = 36, nullable = false)
    private String meetingId;

    @Id
    @Column(name = "tenant", length = 32, nullable = false)
    private String tenant;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 16, nullable = false)
    private AttendeeRole role;

    @Column(name = "attendees", nullable = false)
    private int attendees;

    protected Attendance() {
        // for JPA
    }

    public Attendance(java.util.UUID meetingId, String tenant, AttendeeRole role, int attendees) {
        this.meetingId = meetingId.toString();
        this.tenant = tenant;
        this.role = role;
        this.attendees = attendees;
    }

    public String tenant() { return tenant; }
    public AttendeeRole role() { return role; }
    public int attendees() { return attendees; }

    /** Primary key: meeting, centre, role. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String meetingId;
        private String tenant;
        private AttendeeRole role;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(meetingId, k.meetingId) && Objects.equals(tenant, k.tenant)
                    && role == k.role;
        }

        @Override
        public int hashCode() {
            return Objects.hash(meetingId, tenant, role);
        }
    }
}
