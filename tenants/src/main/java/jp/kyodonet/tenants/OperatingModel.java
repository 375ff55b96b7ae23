package jp.kyodonet.tenants;

/** How a centre is run. */
public enum OperatingModel {
    /** 直営: run by the ward office with its own (often non-regular) staff. */
    DIRECT("直営"),
    /** 民営: run by an NPO or foundation under a contract. */
    OUTSOURCED("民営"),
    /**
     * 協働運営: run by an NPO consortium under a collaboration contract of the commission form (委託型 協働契約) jointly
     * with the city's division, as the city centre is (000, 003, 004).
     */
    COLLABORATION_CONTRACT("協働契約による運営");

    private final String japanese;

    OperatingModel(String japanese) {
        this.japanese = japanese;
    }

    public String japanese() {
        return japanese;
    }
}
