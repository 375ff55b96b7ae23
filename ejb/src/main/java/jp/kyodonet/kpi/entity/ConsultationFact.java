package jp.kyodonet.kpi.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.ReadOnly;

import java.io.Serializable;

/**
 * A PII-free, read-only view of one consultation for city-wide counting: which centre, which fiscal
 * year, which track, which state. The requester's name and contact and the free text are deliberately not mapped,
 * so no HQ query can return them.
 */
@Entity
@ReadOnly
@Table(name = "consultation")
@IdClass(ConsultationFact.Key.class)
public class ConsultationFact {

    @Id
    @Column(name = "tenant_id")
    private String tenantId;

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "fiscal_year")
    private int fiscalYear;

    @Column(name = "status")
    private String status;

    /** COORDINATION, CIVIC_ACTIVITY or FACILITY_INQUIRY (the last is not an activity consultation). */
    @Column(name = "track")
    private String track;

    @Column(name = "outcome")
    private String outcome;

    /** The day it was received: for "fiscal year to date" against the same period of the year before. */
    @Column(name = "received_on")
    private java.time.LocalDate receivedOn;

    protected ConsultationFact() {
        // for JPA; never created by the application
    }

    /** Primary key: tenant and id. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String tenantId;
        String id;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && tenantId.equals(k.tenantId) && id.equals(k.id);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(tenantId, id);
        }
    }
}
