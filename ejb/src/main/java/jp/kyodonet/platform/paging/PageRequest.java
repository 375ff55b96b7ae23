package jp.kyodonet.platform.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Which page of a list is wanted: zero-based page number and page size (1 to 100). */
public record PageRequest(@Min(0) int page, @Min(1) @Max(100) int size) {

    public int firstResult() {
        return page * size;
    }
}
