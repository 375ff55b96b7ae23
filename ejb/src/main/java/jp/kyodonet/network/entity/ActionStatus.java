package jp.kyodonet.network.entity;

/** An action item decided at a meeting: open → in progress → done (reviewed at the next meeting). */
public enum ActionStatus {
    OPEN,
    IN_PROGRESS,
    DONE
}
