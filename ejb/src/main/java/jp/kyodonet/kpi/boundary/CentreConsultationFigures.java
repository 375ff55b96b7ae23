package jp.kyodonet.kpi.boundary;

/** Consultation counts of one centre in one fiscal year. */
public record CentreConsultationFigures(String tenant, String centreJa, String centreEn, long received, long open,
                                        long closed) {
}
