package jp.kyodonet.collaboration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.kyodonet.organisation.entity.ActivityField;
import jp.kyodonet.tenants.TenantId;

import java.time.Instant;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A collaboration project (協働事業) of the city's catalogue: owned by a ward office or a city bureau,
 * with its division, activity field (one of the 12), partners, the fiscal years it ran and the years it
 * had a collaboration contract, and its origin (Art. 9 or Art. 10) where known. Not a tenant-owned row:
 * {@code ownerTenant} is the centre that manages it (the ward's centre, or the city centre for bureaus),
 * and {@link jp.kyodonet.collaboration.control.CollaborationRepository} names it in every query. It holds
 * no personal data.
 */
@Entity
@Table(name = "collab_project")
public class CollaborationProject {

    @Id
    @Column(name = "id", length = 36, nullable = false, updatable = false)
    private String id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "owner_tenant", nullable = false, length = 32, updatable = false)
    private String ownerTenant;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_kind", nullable = false, length = 8, updatable = false)
    private OwnerKind ownerKind;

    @Column(name = "owner_name", nullable = false, length = 100)
    private String ownerName;

    @Column(name = "division", nullable = false, length = 300)
    private String division;

    @Column(name = "name", nullable = false, length = 300)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "field", nullable = false, length = 40)
    private ActivityField field;

    @Column(name = "partners", length = 1000)
    private String partners;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin", length = 16)
    private Origin origin;

    @Column(name = "fiscal_years", nullable = false, length = 400)
    private String fiscalYears;

    @Column(name = "contract_years", nullable = false, length = 400)
    private String contractYears;

    @Column(name = "catalogue_key", nullable = false, length = 700, updatable = false)
    private String catalogueKey;

    @Column(name = "proposal_id", length = 36, updatable = false)
    private String proposalId;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 200)
    private String updatedBy;

    protected CollaborationProject() {
        // for JPA
    }

    /**
     * A project of the catalogue.
     *
     * @param catalogueKey what identifies the project in imported catalogues of several years (owner,
     *                     division, name and the occurrence of that name); a project entered by hand gets
     *                     its id
     */
    public CollaborationProject(TenantId ownerTenant, OwnerKind ownerKind, String ownerName, String division, String name,
                                ActivityField field, String partners, Origin origin, String catalogueKey,
                                UUID proposalId, Instant now, String by) {
        this.id = UUID.randomUUID().toString();
        this.ownerTenant = ownerTenant.value();
        this.ownerKind = ownerKind;
        this.fiscalYears = ",";
        this.contractYears = ",";
        this.catalogueKey = catalogueKey == null ? id : catalogueKey;
        this.proposalId = proposalId == null ? null : proposalId.toString();
        describe(ownerName, division, name, field, partners, origin, now, by);
    }

    public void describe(String ownerName, String division, String name, ActivityField field, String partners,
                         Origin origin, Instant now, String by) {
        this.ownerName = ownerName.strip();
        this.division = division.strip();
        this.name = name.strip();
        this.field = field;
        this.partners = partners == null || partners.isBlank() ? null : partners.strip();
        this.origin = origin;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    /** The project ran in {@code fiscalYear}, with a collaboration contract if {@code contracted}. */
    public void ranIn(int fiscalYear, boolean contracted, Instant now, String by) {
        SortedSet<Integer> years = YearSet.parse(fiscalYears);
        years.add(fiscalYear);
        fiscalYears = YearSet.format(years);
        if (contracted) {
            SortedSet<Integer> withContract = YearSet.parse(contractYears);
            withContract.add(fiscalYear);
            contractYears = YearSet.format(withContract);
        }
        updatedAt = now;
        updatedBy = by;
    }

    /**
     * What the office answered for {@code fiscalYear} in the annual survey: the project ran that year (with a contract
     * or not), or it did not run (neither flag for the year). Replaces whatever the catalogue said of that year.
     */
    public void answeredFor(int fiscalYear, boolean ran, boolean contracted, Instant now, String by) {
        SortedSet<Integer> years = YearSet.parse(fiscalYears);
        SortedSet<Integer> withContract = YearSet.parse(contractYears);
        years.remove(fiscalYear);
        withContract.remove(fiscalYear);
        if (ran) {
            years.add(fiscalYear);
            if (contracted) {
                withContract.add(fiscalYear);
            }
        }
        fiscalYears = YearSet.format(years);
        contractYears = YearSet.format(withContract);
        updatedAt = now;
        updatedBy = by;
    }

    /** The LIKE pattern that finds projects of {@code fiscalYear} in {@code fiscalYears}/{@code contractYears}. */
    public static String yearPattern(int fiscalYear) {
        return YearSet.pattern(fiscalYear);
    }

    public boolean isOwnedBy(TenantId tenant) {
        return ownerTenant.equals(tenant.value());
    }

    public UUID id() { return UUID.fromString(id); }
    public long version() { return version; }
    public TenantId ownerTenant() { return new TenantId(ownerTenant); }
    public OwnerKind ownerKind() { return ownerKind; }
    public String ownerName() { return ownerName; }
    public String division() { return division; }
    public String name() { return name; }
    public ActivityField field() { return field; }
    public String partners() { return partners; }
    public Origin origin() { return origin; }
    public SortedSet<Integer> fiscalYears() { return Collections.unmodifiableSortedSet(new TreeSet<>(YearSet.parse(fiscalYears))); }
    public SortedSet<Integer> contractYears() { return Collections.unmodifiableSortedSet(new TreeSet<>(YearSet.parse(contractYears))); }
    public String catalogueKey() { return catalogueKey; }
    public UUID proposalId() { return proposalId == null ? null : UUID.fromString(proposalId); }
    public Instant updatedAt() { return updatedAt; }
    public String updatedBy() { return updatedBy; }
}
