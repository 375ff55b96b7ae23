package jp.kyodonet.organisation.control;

import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.util.Set;
import java.util.TreeSet;
import jp.kyodonet.kpi.CountedRecords;
import jp.kyodonet.organisation.entity.Organisation;
import jp.kyodonet.organisation.entity.RenewalRecord;
import jp.kyodonet.platform.time.FiscalYear;

/** Announces the changes of registrations and renewals ({@link OrganisationsChanged}) with their fiscal years. */
public class OrganisationChanges {

    @PostLoad
    void loaded(Object record) {
        CountedRecords.loaded(record, years(record));
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object record) {
        CountedRecords.changed(record, years(record), OrganisationsChanged::new);
    }

    private static Set<Integer> years(Object record) {
        if (record instanceof RenewalRecord r) {
            return Set.of(r.dueFiscalYear());
        }
        Organisation o = (Organisation) record;
        Set<Integer> years = new TreeSet<>(CountedRecords.yearsOf(o.registeredOn()));
        if (o.expiresOn() != null) {
            years.add(OrganisationFacts.renewalYear(o.expiresOn()));
            // in force from registration to expiry: every year between counts it
            years.addAll(CountedRecords.yearsFrom(o.registeredOn(), o.expiresOn()));
        }
        return years;
    }
}
