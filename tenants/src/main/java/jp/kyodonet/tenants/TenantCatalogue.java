package jp.kyodonet.tenants;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The validated set of tenants. Immutable once built; built once at start-up from the catalogue files.
 * A broken file, a clash of ids or an empty catalogue stops the build with a message naming the file
 * and the field.
 */
public final class TenantCatalogue {

    /** Folder of the catalogue files inside this jar. */
    public static final String FOLDER = "jp/kyodonet/tenants/catalogue/";

    private final Map<TenantId, Tenant> tenants;

    private TenantCatalogue(Map<TenantId, Tenant> tenants) {
        this.tenants = Collections.unmodifiableMap(tenants);
    }

    /** Builds a catalogue from file name → file content; validates every file and the set as a whole. */
    public static TenantCatalogue fromFiles(Map<String, String> files) {
        Map<TenantId, String> fileOf = new TreeMap<>(Comparator.comparing(TenantId::value));
        List<Tenant> loaded = new ArrayList<>();
        for (Map.Entry<String, String> file : new TreeMap<>(files).entrySet()) {
            Tenant tenant = TenantFile.parse(file.getKey(), file.getValue());
            String earlier = fileOf.putIfAbsent(tenant.id(), file.getKey());
            if (earlier != null) {
                throw new TenantCatalogueException(file.getKey() + ": field 'id' duplicates '" + tenant.id()
                        + "' already defined in " + earlier);
            }
            loaded.add(tenant);
        }
        if (loaded.isEmpty()) {
            throw new TenantCatalogueException("tenant catalogue " + FOLDER + " holds no *.json file");
        }
        long cityCentres = loaded.stream().filter(Tenant::isCityCentre).count();
        if (cityCentres != 1) {
            throw new TenantCatalogueException("tenant catalogue: field 'kind' must be CITY_CENTRE in exactly one file, found "
                    + cityCentres);
        }
        loaded.sort(Comparator.comparingInt(Tenant::order).thenComparing(t -> t.id().value()));
        Map<TenantId, Tenant> byId = new LinkedHashMap<>();
        loaded.forEach(t -> byId.put(t.id(), t));
        return new TenantCatalogue(byId);
    }

    /** Loads the catalogue files shipped in this jar (or classes folder). */
    public static TenantCatalogue loadBundled() {
        return fromFiles(readBundledFiles());
    }

    /**
     * The bundled catalogue plus the {@code *.json} files of an operator's folder (another city's centres, or
     * the benchmark's generated ones); a file in the folder may not redefine a bundled tenant.
     */
    public static TenantCatalogue loadBundledAnd(Path folder) {
        Map<String, String> files = new TreeMap<>(readBundledFiles());
        try {
            for (Map.Entry<String, String> file : readFolder(folder).entrySet()) {
                if (files.putIfAbsent(file.getKey(), file.getValue()) != null) {
                    throw new TenantCatalogueException(folder.resolve(file.getKey()) + ": file name clashes with a bundled tenant");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the tenant catalogue folder " + folder, e);
        }
        return fromFiles(files);
    }

    public List<Tenant> all() {
        return List.copyOf(tenants.values());
    }

    public Optional<Tenant> find(String id) {
        if (!TenantId.isWellFormed(id)) {
            return Optional.empty();
        }
        return Optional.ofNullable(tenants.get(new TenantId(id)));
    }

    /** The tenant if it exists and is active: the only tenants a token may act for. */
    public Optional<Tenant> findActive(String id) {
        return find(id).filter(Tenant::active);
    }

    public List<Tenant> active() {
        return tenants.values().stream().filter(Tenant::active).toList();
    }

    public Tenant cityCentre() {
        return tenants.values().stream().filter(Tenant::isCityCentre).findFirst().orElseThrow();
    }

    static Map<String, String> readBundledFiles() {
        URL location = TenantCatalogue.class.getProtectionDomain().getCodeSource().getLocation();
        try {
            Path path = Path.of(location.toURI());
            return Files.isDirectory(path) ? readFolder(path.resolve(FOLDER)) : readJar(path);
        } catch (URISyntaxException e) {
            throw new TenantCatalogueException("cannot locate the tenant catalogue at " + location, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the tenant catalogue at " + location, e);
        }
    }

    private static Map<String, String> readFolder(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.filter(p -> p.getFileName().toString().endsWith(".json")).toList()) {
                files.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static Map<String, String> readJar(Path jar) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (!entry.isDirectory() && name.startsWith(FOLDER) && name.endsWith(".json")
                        && name.indexOf('/', FOLDER.length()) < 0) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        files.put(name.substring(FOLDER.length()), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return files;
    }
}
