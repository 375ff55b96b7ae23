package jp.kyodonet.kpi.boundary;

import java.util.List;

/** Consultation counts of every centre for one fiscal year, with the city-wide totals. */
public record ConsultationFiguresReport(int fiscalYear, String fiscalYearJa, List<CentreConsultationFigures> centres,
                                        long received, long activity, long facilityInquiries, long open,
                                        long closed) {
}
