package jp.kyodonet.platform.error;

import java.util.Objects;

/** A user-facing message: Japanese first, English second. */
public record Message(String ja, String en) {

    public Message {
        Objects.requireNonNull(ja);
        Objects.requireNonNull(en);
    }
}
