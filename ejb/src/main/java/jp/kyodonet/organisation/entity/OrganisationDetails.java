package jp.kyodonet.organisation.entity;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/** What an organisation tells the centre about itself; representative and contact are personal data. */
public record OrganisationDetails(String name, LegalForm legalForm, String representative, String contact,
                                  String ward, Set<ActivityField> activityFields, LocalDate foundedOn,
                                  boolean mailingConsent) {

    public OrganisationDetails {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(legalForm, "legalForm");
        Objects.requireNonNull(representative, "representative");
        activityFields = activityFields == null ? Set.of() : Set.copyOf(activityFields);
    }
}
