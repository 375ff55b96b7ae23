package jp.kyodonet.outreach.entity;

import jp.kyodonet.platform.error.Message;

/** What a reported figure counts. */
public enum FigureKind {

    /** メルマガ登録数: the mail magazine's registered readers at the month's end (000: 「メルマガ登録数5%増」). */
    MAIL_MAGAZINE_REGISTRATIONS(new Message("メルマガ登録数（月末）", "Mail-magazine registrations (month end)"));

    private final Message label;

    FigureKind(Message label) {
        this.label = label;
    }

    public Message label() {
        return label;
    }
}
