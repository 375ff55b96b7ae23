package jp.kyodonet.collaboration.entity;

/** A よくできた, B まあまあできた, C あまりできなかった, D まったくできなかった (evaluation sheet scale). */
public enum Grade {
    A,
    B,
    C,
    D;

    /** Grades apart: A and C are two apart. */
    public int distance(Grade other) {
        return Math.abs(ordinal() - other.ordinal());
    }
}
