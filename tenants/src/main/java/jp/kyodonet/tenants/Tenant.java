package jp.kyodonet.tenants;

import java.util.Objects;

/**
 * One centre of the network, as described by its catalogue file.
 *
 * @param id             the tenant id (also the file name)
 * @param officialName   the official Japanese name
 * @param displayNameJa  the name the centre uses (nicknames included), Japanese
 * @param displayNameEn  the same in English
 * @param kind           city centre or ward centre
 * @param area           the area it serves (横浜市, 横浜市西区 ...)
 * @param operatingModel 直営 or 民営
 * @param operator       the operating organisation where known, else null
 * @param active         whether the tenant may sign in and hold data
 * @param order          display order (the order of the city's own tables)
 * @param source         where the names come from (citation into the seed documents)
 * @param city           the city it belongs to (yokohama; a further city is a further group of files)
 * @param registrationRequirements what an organisation must meet to be registered here (the centre's own list)
 */
public record Tenant(TenantId id, String officialName, String displayNameJa, String displayNameEn,
                     TenantKind kind, String area, OperatingModel operatingModel, String operator,
                     boolean active, int order, String source, String city,
                     java.util.List<RegistrationRequirement> registrationRequirements) {

    public Tenant {
        Objects.requireNonNull(id);
        Objects.requireNonNull(officialName);
        Objects.requireNonNull(displayNameJa);
        Objects.requireNonNull(displayNameEn);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(operatingModel);
        Objects.requireNonNull(city);
        registrationRequirements = registrationRequirements == null ? RegistrationRequirement.DEFAULTS
                : java.util.List.copyOf(registrationRequirements);
    }

    public boolean isCityCentre() {
        return kind == TenantKind.CITY_CENTRE;
    }
}
