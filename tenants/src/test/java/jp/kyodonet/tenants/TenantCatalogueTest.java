package jp.kyodonet.tenants;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TenantCatalogueTest {

    private static final String NISHI = """
            {"id":"nishi","officialName":"にしく市民活動支援センター",
             "displayName":{"ja":"にしく市民活動支援センター","en":"Nishi"},
             "kind":"WARD_CENTRE","city":"yokohama","area":"横浜市西区","operatingModel":"OUTSOURCED",
             "operator":"認定NPO法人市民セクターよこはま","active":true,"order":3}
            """;
    private static final String CITY = """
            {"id":"city","officialName":"横浜市市民協働推進センター",
             "displayName":{"ja":"横浜市市民協働推進センター","en":"City"},
             "kind":"CITY_CENTRE","city":"yokohama","area":"横浜市","operatingModel":"DIRECT","active":true,"order":0}
            """;

    @Test
    void bundledCatalogueHoldsTheCityAndEighteenWards() {
        TenantCatalogue catalogue = TenantCatalogue.loadBundled();
        assertEquals(19, catalogue.all().size());
        assertEquals("city", catalogue.cityCentre().id().value());
        assertEquals(18, catalogue.all().stream().filter(t -> t.kind() == TenantKind.WARD_CENTRE).count());
        assertEquals(4, catalogue.all().stream().filter(t -> t.operatingModel() == OperatingModel.OUTSOURCED).count());
        assertEquals("city", catalogue.all().get(0).id().value(), "the city centre is listed first");
    }

    @Test
    void findsActiveTenantsOnly() {
        String inactive = NISHI.replace("\"active\":true", "\"active\":false");
        TenantCatalogue catalogue = TenantCatalogue.fromFiles(Map.of("city.json", CITY, "nishi.json", inactive));
        assertTrue(catalogue.find("nishi").isPresent());
        assertFalse(catalogue.findActive("nishi").isPresent());
        assertTrue(catalogue.findActive("city").isPresent());
        assertFalse(catalogue.find("../etc").isPresent());
    }

    @Test
    void missingFieldNamesFileAndField() {
        String broken = NISHI.replace("\"officialName\":\"にしく市民活動支援センター\",", "");
        TenantCatalogueException e = assertThrows(TenantCatalogueException.class,
                () -> TenantCatalogue.fromFiles(Map.of("city.json", CITY, "nishi.json", broken)));
        assertEquals("nishi.json: field 'officialName' is missing", e.getMessage());
    }

    @Test
    void unknownKindNamesFileAndField() {
        String broken = NISHI.replace("WARD_CENTRE", "VILLAGE");
        TenantCatalogueException e = assertThrows(TenantCatalogueException.class,
                () -> TenantCatalogue.fromFiles(Map.of("city.json", CITY, "nishi.json", broken)));
        assertTrue(e.getMessage().startsWith("nishi.json: field 'kind' has unknown value 'VILLAGE'"), e.getMessage());
    }

    @Test
    void malformedJsonNamesFile() {
        TenantCatalogueException e = assertThrows(TenantCatalogueException.class,
                () -> TenantCatalogue.fromFiles(Map.of("city.json", CITY, "nishi.json", "{\"id\": ")));
        assertTrue(e.getMessage().startsWith("nishi.json: not a JSON object"), e.getMessage());
    }

    @Test
    void idMustMatchFileName() {
        TenantCatalogueException e = assertThrows(TenantCatalogueException.class,
                () -> TenantCatalogue.fromFiles(Map.of("city.json", CITY, "nishi-copy.json", NISHI)));
        assertEquals("nishi-copy.json: field 'id' 'nishi' does not match the file name (expected nishi.json)", e.getMessage());
    }

    @Test
    void missingNestedDisplayNameIsNamed() {
        String broken = NISHI.replace(",\"en\":\"Nishi\"", "");
        TenantCatalogueException e = assertThrows(TenantCatalogueException.class,
                () -> TenantCatalogue.fromFiles(Map.of("city.json", CITY, "nishi.json", broken)));
        assertEquals("nishi.json: field 'displayName.en' is missing", e.getMessage());
    }

    @Test
    void exactlyOneCityCentre() {
        String secondCity = CITY.replace("\"id\":\"city\"", "\"id\":\"city-two\"");
        TenantCatalogueException e = assertThrows(TenantCatalogueException.class,
                () -> TenantCatalogue.fromFiles(Map.of("city.json", CITY, "city-two.json", secondCity)));
        assertTrue(e.getMessage().contains("exactly one"), e.getMessage());
    }

    @Test
    void aCentreSetsItsOwnRegistrationRequirementsOrHasTheDefaults() {
        String own = NISHI.replace("\"order\":3", "\"order\":3,\"registrationRequirements\":["
                + "{\"code\":\"NON_PROFIT\",\"ja\":\"非営利性\",\"en\":\"Non-profit\"},"
                + "{\"code\":\"ACTIVE_IN_WARD\",\"ja\":\"主に西区内で活動していること\",\"en\":\"Active mainly in Nishi\"}]");
        TenantCatalogue catalogue = TenantCatalogue.fromFiles(Map.of("city.json", CITY, "nishi.json", own));
        assertEquals(java.util.List.of("NON_PROFIT", "ACTIVE_IN_WARD"), catalogue.find("nishi").orElseThrow()
                .registrationRequirements().stream().map(RegistrationRequirement::code).toList());
        assertEquals(RegistrationRequirement.DEFAULTS, catalogue.find("city").orElseThrow().registrationRequirements());
        String twice = own.replace("ACTIVE_IN_WARD", "NON_PROFIT");
        TenantCatalogueException e = assertThrows(TenantCatalogueException.class,
                () -> TenantCatalogue.fromFiles(Map.of("city.json", CITY, "nishi.json", twice)));
        assertTrue(e.getMessage().startsWith("nishi.json: field 'registrationRequirements.code'"), e.getMessage());
        String empty = NISHI.replace("\"order\":3", "\"order\":3,\"registrationRequirements\":[]");
        assertThrows(TenantCatalogueException.class,
                () -> TenantCatalogue.fromFiles(Map.of("city.json", CITY, "nishi.json", empty)));
    }
}
