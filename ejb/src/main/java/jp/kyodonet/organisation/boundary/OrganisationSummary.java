package jp.kyodonet.organisation.boundary;

import jp.kyodonet.organisation.entity.ActivityField;
import jp.kyodonet.organisation.entity.LegalForm;
import jp.kyodonet.organisation.entity.RegistrationStatus;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** An organisation in a list: no representative, no contact. */
public record OrganisationSummary(UUID id, long version, String name, LegalForm legalForm, String ward,
                                  Set<ActivityField> activityFields, RegistrationStatus status,
                                  String registrationNumber, LocalDate registeredOn, LocalDate expiresOn,
                                  boolean renewalDue) {
}
