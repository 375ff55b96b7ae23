package jp.kyodonet.consultation.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jp.kyodonet.consultation.entity.ConsultationStatus;
import jp.kyodonet.platform.paging.PageRequest;
import jp.kyodonet.platform.time.FiscalYear;

/** Filters of the consultation list; null means "any". */
public record ConsultationQuery(ConsultationStatus status, FiscalYear fiscalYear, @Valid @NotNull PageRequest page) {
}
