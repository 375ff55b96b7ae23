package jp.kyodonet.consultation.control;

import jp.kyodonet.platform.csv.Csv;
import jp.kyodonet.consultation.entity.Channel;
import jp.kyodonet.consultation.entity.Intake;
import jp.kyodonet.consultation.entity.OrganisationStage;
import jp.kyodonet.consultation.entity.Outcome;
import jp.kyodonet.consultation.entity.RequesterKind;
import jp.kyodonet.consultation.entity.Topic;
import jp.kyodonet.consultation.entity.Track;
import jp.kyodonet.consultation.entity.Vocabulary;
import jp.kyodonet.platform.error.FieldError;
import jp.kyodonet.platform.error.Message;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a kintone-style consultation export (CSV, first line = column names) into intakes. The mapping
 * (README "Importing from kintone"): a column is known by any of its names; choices are matched by their
 * Japanese label, English label or code; unknown columns are ignored and reported. Every row is checked
 * before anything is written, and every problem is reported with its line.
 */
public final class KintoneImport {

    /** The most data rows one file may carry. */
    public static final int MAX_ROWS = 5000;

    enum Column {
        RECEIVED_ON("受付日", "相談日", "receivedOn"),
        CHANNEL("相談経路", "経路", "channel"),
        REQUESTER_KIND("相談者区分", "相談者の種別", "requesterKind"),
        REQUESTER_NAME("相談者名", "氏名・団体名", "requesterName"),
        REQUESTER_CONTACT("連絡先", "requesterContact"),
        TRACK("相談区分", "区分", "track"),
        STAGE("団体の段階", "stage"),
        TOPICS("分野", "相談分野", "topics"),
        SUMMARY("相談内容", "概要", "summary"),
        ASSIGNEE("担当者", "担当", "assignee"),
        OUTCOME("結果", "対応結果", "outcome"),
        CLOSED_ON("終了日", "完了日", "closedOn");

        private final List<String> names;

        Column(String... names) {
            this.names = List.of(names);
        }

        String label() {
            return names.get(0);
        }
    }

    private static final Set<Column> REQUIRED = EnumSet.of(Column.RECEIVED_ON, Column.CHANNEL, Column.REQUESTER_KIND,
            Column.REQUESTER_NAME, Column.TRACK, Column.TOPICS, Column.SUMMARY);
    private static final Pattern TOPIC_SEPARATORS = Pattern.compile("[\\n\\r、,，/／]+");
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ofPattern("uuuu-M-d"),
            DateTimeFormatter.ofPattern("uuuu/M/d"), DateTimeFormatter.ofPattern("uuuu.M.d"));

    /** One row ready to store: its intake, an optional assignee and closing, and its import key. */
    public record Row(int line, Intake intake, String assignee, Outcome outcome, LocalDate closedOn, String key) {
    }

    /** The rows, or every problem found; and the column names that were not used. */
    public record Result(List<Row> rows, List<FieldError> errors, List<String> ignoredColumns) {
    }

    private KintoneImport() {
    }

    public static Result read(String text, LocalDate today) {
        List<Csv.Row> records;
        try {
            records = Csv.parse(text).stream().filter(r -> !r.isBlank()).toList();
        } catch (IllegalArgumentException broken) {
            return failed(error("file", "CSV として読めません: " + broken.getMessage(), "not readable as CSV: " + broken.getMessage()));
        }
        if (records.isEmpty()) {
            return failed(error("file", "ファイルが空です", "the file is empty"));
        }
        Map<Column, Integer> positions = new LinkedHashMap<>();
        List<String> ignored = new ArrayList<>();
        List<String> header = records.get(0).fields();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            Optional<Column> column = columnNamed(name);
            if (column.isPresent() && !positions.containsKey(column.get())) {
                positions.put(column.get(), i);
            } else if (!name.isEmpty()) {
                ignored.add(name);
            }
        }
        List<FieldError> errors = new ArrayList<>();
        for (Column required : REQUIRED) {
            if (!positions.containsKey(required)) {
                errors.add(error("header", "必須の列「" + required.label() + "」がありません（別名: "
                        + String.join("・", required.names) + "）", "the required column '" + required.label() + "' is missing"));
            }
        }
        if (!errors.isEmpty()) {
            return new Result(List.of(), errors, ignored);
        }
        if (records.size() - 1 > MAX_ROWS) {
            return failed(error("file", "一度に取り込めるのは " + MAX_ROWS + " 行までです（" + (records.size() - 1) + " 行）",
                    "at most " + MAX_ROWS + " rows per file (got " + (records.size() - 1) + ")"));
        }
        List<Row> rows = new ArrayList<>();
        for (Csv.Row record : records.subList(1, records.size())) {
            new RowReader(record, positions, today, errors).read().ifPresent(rows::add);
        }
        return new Result(errors.isEmpty() ? rows : List.of(), errors, ignored);
    }

    private static Optional<Column> columnNamed(String name) {
        for (Column column : Column.values()) {
            if (column.names.stream().anyMatch(n -> n.equalsIgnoreCase(name))) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    private static Result failed(FieldError error) {
        return new Result(List.of(), List.of(error), List.of());
    }

    private static FieldError error(String where, String ja, String en) {
        return new FieldError(where, new Message(ja, en));
    }

    /** Reads one data row, adding its problems to the shared list. */
    private static final class RowReader {

        private final Csv.Row record;
        private final Map<Column, Integer> positions;
        private final LocalDate today;
        private final List<FieldError> errors;
        private final int errorsBefore;

        RowReader(Csv.Row record, Map<Column, Integer> positions, LocalDate today, List<FieldError> errors) {
            this.record = record;
            this.positions = positions;
            this.today = today;
            this.errors = errors;
            this.errorsBefore = errors.size();
        }

        Optional<Row> read() {
            LocalDate receivedOn = date(Column.RECEIVED_ON, true);
            if (receivedOn != null && receivedOn.isAfter(today)) {
                problem(Column.RECEIVED_ON, "未来の日付です", "is in the future");
            }
            Channel channel = choice(Column.CHANNEL, Channel.class, true);
            RequesterKind kind = choice(Column.REQUESTER_KIND, RequesterKind.class, true);
            String name = text(Column.REQUESTER_NAME, 100, true);
            String contact = text(Column.REQUESTER_CONTACT, 200, false);
            Track track = choice(Column.TRACK, Track.class, true);
            OrganisationStage stage = choice(Column.STAGE, OrganisationStage.class, false);
            Set<Topic> topics = topics();
            String summary = text(Column.SUMMARY, 4000, true);
            String assignee = text(Column.ASSIGNEE, 200, false);
            Outcome outcome = choice(Column.OUTCOME, Outcome.class, false);
            LocalDate closedOn = date(Column.CLOSED_ON, false);
            if (outcome != null && assignee == null) {
                problem(Column.ASSIGNEE, "結果のある行には担当者が必要です", "a row with an outcome needs an assignee");
            }
            if (outcome != null && closedOn == null) {
                problem(Column.CLOSED_ON, "結果のある行には終了日が必要です", "a row with an outcome needs a closing date");
            }
            if (outcome == null && closedOn != null) {
                problem(Column.OUTCOME, "終了日のある行には結果が必要です", "a row with a closing date needs an outcome");
            }
            if (closedOn != null && receivedOn != null && (closedOn.isBefore(receivedOn) || closedOn.isAfter(today))) {
                problem(Column.CLOSED_ON, "受付日から今日までの日付にしてください", "must be between the received date and today");
            }
            if (errors.size() > errorsBefore) {
                return Optional.empty();
            }
            Intake intake = new Intake(receivedOn, channel, kind, name, contact, track, stage, topics, summary);
            return Optional.of(new Row(record.line(), intake, assignee, outcome, closedOn, key()));
        }

        /** The same row imported twice has the same key (the centre's unique submission key). */
        private String key() {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256")
                        .digest(String.join("\u001f", record.fields()).getBytes(StandardCharsets.UTF_8));
                return "kintone:" + HexFormat.of().formatHex(digest, 0, 24);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        private String raw(Column column) {
            Integer at = positions.get(column);
            if (at == null || at >= record.fields().size()) {
                return null;
            }
            String value = record.fields().get(at).strip();
            return value.isEmpty() ? null : value;
        }

        private String text(Column column, int max, boolean required) {
            String value = raw(column);
            if (value == null) {
                if (required) {
                    problem(column, "必須項目です", "is required");
                }
                return null;
            }
            if (value.codePointCount(0, value.length()) > max) {
                problem(column, max + "文字以内にしてください", "must be at most " + max + " characters");
                return null;
            }
            return value;
        }

        private LocalDate date(Column column, boolean required) {
            String value = text(column, 20, required);
            if (value == null) {
                return null;
            }
            String day = value.split("[ T]")[0];
            for (DateTimeFormatter format : DATES) {
                try {
                    return LocalDate.parse(day, format);
                } catch (DateTimeParseException ignored) {
                    // try the next format
                }
            }
            problem(column, "日付として読めません（" + value + "）。例: 2025-04-01 または 2025/4/1",
                    "not a date (" + value + "); e.g. 2025-04-01 or 2025/4/1");
            return null;
        }

        private <E extends Enum<E>> E choice(Column column, Class<E> type, boolean required) {
            String value = text(column, 100, required);
            return value == null ? null : match(column, type, value);
        }

        private <E extends Enum<E>> E match(Column column, Class<E> type, String value) {
            for (E constant : type.getEnumConstants()) {
                Message label = Vocabulary.label(constant);
                if (label.ja().equals(value) || label.en().equalsIgnoreCase(value)
                        || constant.name().equals(value.toUpperCase(Locale.ROOT))) {
                    return constant;
                }
            }
            List<String> allowed = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                allowed.add(Vocabulary.label(constant).ja());
            }
            problem(column, "「" + value + "」は選べません。選択肢: " + String.join("、", allowed),
                    "unknown value '" + value + "'");
            return null;
        }

        private Set<Topic> topics() {
            String value = text(Column.TOPICS, 200, true);
            if (value == null) {
                return Set.of();
            }
            Set<Topic> topics = EnumSet.noneOf(Topic.class);
            for (String part : TOPIC_SEPARATORS.split(value)) {
                if (!part.isBlank()) {
                    Topic topic = match(Column.TOPICS, Topic.class, part.strip());
                    if (topic != null) {
                        topics.add(topic);
                    }
                }
            }
            return topics;
        }

        private void problem(Column column, String ja, String en) {
            errors.add(new FieldError("line " + record.line() + ": " + column.label(),
                    new Message(record.line() + "行目「" + column.label() + "」: " + ja, "line " + record.line() + " '"
                            + column.label() + "': " + en)));
        }
    }
}
