package jp.kyodonet.tenants;

/** A catalogue file is broken or clashes with another; the message names the file and the field. */
public class TenantCatalogueException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TenantCatalogueException(String message) {
        super(message);
    }

    public TenantCatalogueException(String message, Throwable cause) {
        super(message, cause);
    }
}
