package jp.kyodonet.platform.persistence;

/** LIKE patterns from user text: the wildcards in the text match themselves (JPQL {@code ESCAPE '\'}). */
public final class Like {

    /** Append to a JPQL condition after the pattern parameter. */
    public static final String ESCAPE = " ESCAPE '\\'";

    private Like() {
    }

    /** {@code %text%}, lower-cased, with \ % _ escaped. */
    public static String containing(String text) {
        return "%" + text.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
