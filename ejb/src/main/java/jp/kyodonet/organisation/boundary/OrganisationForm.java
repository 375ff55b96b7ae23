package jp.kyodonet.organisation.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.kyodonet.organisation.entity.ActivityField;
import jp.kyodonet.organisation.entity.LegalForm;
import jp.kyodonet.organisation.entity.OrganisationDetails;

import java.time.LocalDate;
import java.util.Set;

/** An organisation's details as staff enter them (application or correction). */
public record OrganisationForm(@NotBlank @Size(max = 200) String name,
                               @NotNull LegalForm legalForm,
                               @NotBlank @Size(max = 100) String representative,
                               @Size(max = 200) String contact,
                               @Size(max = 40) String ward,
                               @NotEmpty Set<ActivityField> activityFields,
                               LocalDate foundedOn,
                               @NotNull Boolean mailingConsent,
                               LocalDate appliedOn) {

    OrganisationDetails toDetails() {
        return new OrganisationDetails(name, legalForm, representative, contact, ward, activityFields, foundedOn,
                mailingConsent);
    }
}
