package jp.kyodonet.programme.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.kyodonet.programme.entity.PlanItem;
import jp.kyodonet.programme.entity.ProgrammeKind;

/** A programme as staff plan it; {@code planItem}: its line of the operating plan, if the plan sets a target for it. */
public record ProgrammeForm(@NotBlank @Size(max = 200) String name, @NotNull ProgrammeKind kind, PlanItem planItem,
                            @Size(max = 200) String audience, @Size(max = 500) String coOrganisers,
                            @Size(max = 4000) String description, @NotNull @Min(1) @Max(100) Integer plannedSessions,
                            @NotNull @Min(1989) @Max(2999) Integer fiscalYear) {
}
