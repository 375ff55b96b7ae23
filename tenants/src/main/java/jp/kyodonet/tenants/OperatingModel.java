package jp.kyodonet.tenants;

/** How a centre is run. */
public enum OperatingModel {
    /** 直営: run by the ward office with its own (often non-regular) staff. */
    DIRECT("直営"),
    /** 民営: run by an NPO or foundation under a contract. */
    OUTSOURCED("民営");

    private final String japanese;

    OperatingModel(String japanese) {
        this.japanese = japanese;
    }

    public String japanese() {
        return japanese;
    }
}
