package jp.kyodonet.platform.tenancy;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jp.kyodonet.tenants.Tenant;
import jp.kyodonet.tenants.TenantId;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jp.kyodonet.tenants.TenantCatalogue;

import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The tenant catalogue of this deployment, loaded and validated at start-up: a broken or duplicate
 * catalogue file makes this bean fail, and with it the deployment, with a message naming file and field.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class TenantDirectory {

    private static final Logger LOG = Logger.getLogger(TenantDirectory.class.getName());

    private TenantCatalogue catalogue;

    /** An optional folder of further tenant files (platform.tenant-catalogue.dir, env PLATFORM_TENANT_CATALOGUE_DIR). */
    @Inject
    @ConfigProperty(name = "platform.tenant-catalogue.dir")
    Optional<String> extraFolder;

    @PostConstruct
    void load() {
        catalogue = extraFolder.filter(f -> !f.isBlank())
                .map(f -> TenantCatalogue.loadBundledAnd(java.nio.file.Path.of(f)))
                .orElseGet(TenantCatalogue::loadBundled);
        LOG.info(() -> "tenant catalogue loaded: " + catalogue.all().size() + " tenants");
    }

    /** Every tenant in catalogue order (the public centre list). */
    public List<Tenant> all() {
        return catalogue.all();
    }

    /** The tenant a token may act for: known and active. */
    public Optional<Tenant> findActive(String id) {
        return catalogue.findActive(id);
    }

    public List<Tenant> active() {
        return catalogue.active();
    }

    /** The active centres of a city (a group of centres: HQ's figures and the city totals are per city). */
    public List<Tenant> activeIn(String city) {
        return catalogue.active().stream().filter(t -> t.city().equals(city)).toList();
    }

    /** The city a centre belongs to (HQ sees the centres and totals of its own city only). */
    public String cityOf(TenantId centre) {
        return catalogue.find(centre.value()).map(Tenant::city)
                .orElseThrow(() -> new IllegalStateException("centre " + centre.value() + " is not in the catalogue"));
    }

    /** A tenant of the catalogue, active or not. */
    public Optional<Tenant> find(String id) {
        return catalogue.find(id);
    }

    public Tenant cityCentre() {
        return catalogue.cityCentre();
    }
}
