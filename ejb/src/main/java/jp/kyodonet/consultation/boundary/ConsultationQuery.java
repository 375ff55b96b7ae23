package jp.kyodonet.consultation.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.kyodonet.consultation.entity.ConsultationStatus;
import jp.kyodonet.consultation.entity.Topic;
import jp.kyodonet.consultation.entity.Track;
import jp.kyodonet.platform.paging.PageRequest;
import jp.kyodonet.platform.time.FiscalYear;

/**
 * Filters of the consultation list; null means "any". {@code overdue} keeps open consultations whose
 * next action is before today; {@code text} searches the summary; {@code sort} orders the pages.
 */
public record ConsultationQuery(ConsultationStatus status, Track track, String assignee, Topic topic,
                                boolean overdue, FiscalYear fiscalYear, @Size(max = 100) String text,
                                @NotNull ConsultationSort sort, @Valid @NotNull PageRequest page) {

    /** Everything, one page. */
    public static ConsultationQuery all(PageRequest page) {
        return new ConsultationQuery(null, null, null, null, false, null, null, ConsultationSort.NEWEST, page);
    }
}
