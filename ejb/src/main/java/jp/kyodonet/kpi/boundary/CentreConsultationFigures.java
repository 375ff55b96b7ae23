package jp.kyodonet.kpi.boundary;

/**
 * Consultation counts of one centre in one fiscal year. {@code activity} is the activity-consultation
 * figure (協働のコーディネート and 市民活動に関する相談); {@code facilityInquiries} (施設利用・簡単な問い合わせ)
 * are counted apart, as the definition excludes them. {@code received = activity + facilityInquiries}.
 */
public record CentreConsultationFigures(String tenant, String centreJa, String centreEn, long received,
                                        long activity, long facilityInquiries, long open, long closed) {
}
