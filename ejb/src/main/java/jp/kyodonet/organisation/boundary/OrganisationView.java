package jp.kyodonet.organisation.boundary;

import jp.kyodonet.organisation.entity.ActivityField;
import jp.kyodonet.organisation.entity.LegalForm;
import jp.kyodonet.organisation.entity.RegistrationStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** One organisation in full, representative and contact included (the read is audit-logged). */
public record OrganisationView(UUID id, long version, String name, LegalForm legalForm, String representative,
                               String contact, String ward, Set<ActivityField> activityFields, LocalDate foundedOn,
                               boolean mailingConsent, RegistrationStatus status, LocalDate appliedOn,
                               String hearingCollaboration, String hearingSeeds, String hearingIssues,
                               String registrationNumber, LocalDate registeredOn, LocalDate expiresOn,
                               boolean renewalDue, String refusalReason, Instant createdAt, String createdBy,
                               Instant updatedAt, String updatedBy) {
}
