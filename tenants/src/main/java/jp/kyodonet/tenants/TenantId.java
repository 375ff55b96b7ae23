package jp.kyodonet.tenants;

import java.util.Objects;
import java.util.regex.Pattern;

/** The id of a tenant, as it appears in the JWT {@code tenant} claim and in every {@code tenant_id} column. */
public record TenantId(String value) {

    private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9-]{1,30}");

    public TenantId {
        Objects.requireNonNull(value, "tenant id");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not a tenant id: " + value);
        }
    }

    public static boolean isWellFormed(String value) {
        return value != null && FORM.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
