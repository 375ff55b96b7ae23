package jp.kyodonet.organisation.boundary;

import jakarta.validation.constraints.Size;

/** The registration hearing: collaboration wishes (協働の取組), seeds (種) and issues (課題). */
public record HearingForm(@Size(max = 2000) String collaboration, @Size(max = 2000) String seeds,
                          @Size(max = 2000) String issues) {
}
