package jp.kyodonet.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Files and comments on records: a 9 MB file up and down in two centres byte for byte, another centre's 404 for
 * every path with nothing changed, the type found in the content (a renamed executable, a ZIP named .pdf, a picture
 * named .pdf refused, nothing stored), the file limit and the centre's limit (midori keeps 20 MB in the tests:
 * parallel uploads cannot pass it), downloads audit-logged, comments whose mentioned colleagues find them in their
 * inbox, a published case's files read by another centre that cannot add any.
 */
@ExtendWith(ArquillianExtension.class)
class RecordFilesIT {

    private static final int MB = 1024 * 1024;

    /** A PDF of {@code size} bytes: a real PDF header, then bytes that differ from run to run. */
    static byte[] pdf(int size) {
        byte[] bytes = new byte[size];
        new Random(size * 31L + System.nanoTime()).nextBytes(bytes);
        byte[] head = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(head, 0, bytes, 0, Math.min(head.length, size));
        return bytes;
    }

    /** Uploads {@code bytes} as {@code name} to the record {@code id} of the collection {@code base}. */
    static Api.Reply upload(String base, String id, String token, String name, byte[] bytes) {
        return Api.postBytes(base + "/" + id + "/attachments?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8),
                token, "application/octet-stream", bytes);
    }

    @Test
    void aNineMegabyteFileGoesUpAndComesBackByteForByteInTwoCentresAndNoOtherCentreReachesIt() throws Exception {
        Map<String, String> centres = Map.of("isogo", "/consultations", "sakae", "/organisations");
        for (Map.Entry<String, String> at : centres.entrySet()) {
            String staff = Tokens.of(at.getKey(), "centre-staff");
            String recordId = at.getValue().equals("/consultations")
                    ? Api.post("/consultations", staff, Consultations.intake("添付の確認")).json().getString("id")
                    : Organisations.apply(staff, "添付確認の会 " + System.nanoTime()).getString("id");
            byte[] file = pdf(9 * MB);
            Api.Reply added = upload(at.getValue(), recordId, staff, "令和8年度 収支報告.pdf", file);
            assertEquals(201, added.status(), added::toString);
            JsonObject view = added.json();
            assertEquals("application/pdf", view.getString("contentType"));
            assertEquals(file.length, view.getJsonNumber("sizeBytes").longValue());
            assertEquals(sha256(file), view.getString("sha256"));
            String path = at.getValue() + "/" + recordId + "/attachments/" + view.getString("id");

            byte[] back = Api.getBytes(path, staff, 200);
            assertArrayEquals(file, back, "the same bytes come back");
            Api.Reply head = Api.get(path, staff);
            assertTrue(head.header("Content-Disposition").orElse("").startsWith("attachment;"), "always a download");
            assertTrue(head.header("Content-Disposition").orElse("").contains("filename*=UTF-8''%E4%BB%A4%E5%92%8C"),
                    head.header("Content-Disposition").orElse(""));
            assertEquals("nosniff", head.header("X-Content-Type-Options").orElse(""));
            JsonArray listed = Api.get(at.getValue() + "/" + recordId + "/attachments", staff).json().getJsonArray("files");
            assertEquals(1, listed.size());
            assertEquals("令和8年度 収支報告.pdf", listed.getJsonObject(0).getString("fileName"));

            // the download is in the centre's access log, as a read of personal data
            JsonArray audit = Api.get("/audit-entries?recordType=attachment&recordId=" + view.getString("id"),
                    Tokens.of(at.getKey(), "centre-manager")).json().getJsonArray("items");
            assertTrue(audit.stream().map(JsonObject.class::cast)
                    .anyMatch(e -> "READ_PERSONAL_DATA".equals(e.getString("action"))), audit::toString);

            // another centre: 404 for the list, the file, an upload and a removal; nothing changed
            String other = Tokens.of(at.getKey().equals("isogo") ? "sakae" : "isogo", "centre-manager");
            Map<String, String> before = Database.fingerprint();
            assertEquals(404, Api.get(at.getValue() + "/" + recordId + "/attachments", other).status());
            assertEquals(404, Api.get(path, other).status());
            assertEquals(404, upload(at.getValue(), recordId, other, "上書き.pdf", pdf(1000)).status());
            assertEquals(404, Api.delete(path, other).status());
            assertEquals(404, Api.get(at.getValue() + "/" + recordId + "/comments", other).status());
            assertEquals(404, Api.post(at.getValue() + "/" + recordId + "/comments", other,
                    "{\"body\":\"他センター\",\"mentions\":[]}").status());
            assertEquals(before, Database.fingerprint(), "another centre's attempts wrote nothing");
            assertArrayEquals(file, Api.getBytes(path, staff, 200), "the file is still there");

            // its uploader removes it
            assertEquals(204, Api.delete(path, staff).status());
            assertEquals(404, Api.get(path, staff).status());
        }
    }

    @Test
    void theTypeIsFoundInTheContentNotTheName() throws Exception {
        String staff = Tokens.of("konan", "centre-staff");
        String id = Api.post("/consultations", staff, Consultations.intake("種類の確認")).json().getString("id");
        byte[] executable = new byte[4096];
        new Random(7).nextBytes(executable);
        executable[0] = 'M';
        executable[1] = 'Z';
        byte[] elf = new byte[2048];
        elf[0] = 0x7f;
        elf[1] = 'E';
        elf[2] = 'L';
        elf[3] = 'F';
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("setup.exe"));
            z.write(executable);
        }
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1,
                8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89};
        Map<String, String> before = Database.fingerprint();
        for (Object[] bad : List.of(new Object[]{"規約.pdf", executable}, new Object[]{"名簿.xlsx", elf},
                new Object[]{"申請書.pdf", zip.toByteArray()}, new Object[]{"写真.pdf", png},
                new Object[]{"install.sh", "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8)})) {
            Api.Reply refused = upload("/consultations", id, staff, (String) bad[0], (byte[]) bad[1]);
            assertEquals(400, refused.status(), bad[0] + ": " + refused);
            assertTrue(refused.contentType().startsWith("application/problem+json"));
            assertEquals(List.of("file"), refused.problemFields(), refused::toString);
        }
        Api.Reply empty = upload("/consultations", id, staff, "空.pdf", new byte[0]);
        assertEquals(400, empty.status(), empty::toString);
        Api.Reply unnamed = Api.postBytes("/consultations/" + id + "/attachments", staff, "application/pdf", pdf(100));
        assertEquals(400, unnamed.status(), unnamed::toString);
        assertEquals(List.of("name"), unnamed.problemFields());
        Api.Reply tooLarge = upload("/consultations", id, staff, "大きすぎる.pdf", pdf(10 * MB + 1));
        assertEquals(413, tooLarge.status(), tooLarge::toString);
        assertTrue(tooLarge.body().contains("10 MB"), tooLarge::toString);
        assertEquals(before, Database.fingerprint(), "a refused file leaves nothing");

        // what a centre keeps is accepted: a picture, a CSV in Shift_JIS, a Word document (a ZIP named .docx)
        assertEquals("image/png", upload("/consultations", id, staff, "写真.png", png).json().getString("contentType"));
        assertEquals("text/csv", upload("/consultations", id, staff, "会員名簿.csv",
                "氏名,電話\n横浜 花子,045-000-0000\n".getBytes("Shift_JIS")).json().getString("contentType"));
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(docx)) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("word/document.xml"));
            z.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                upload("/consultations", id, staff, "規約.docx", docx.toByteArray()).json().getString("contentType"));
    }

    @Test
    void parallelUploadsNeverPassTheCentresLimit() throws Exception {
        // midori keeps at most 20 MB in the tests (KYODO_ATTACHMENTS_CENTRE_LIMIT_MB_MIDORI): six 4 MB files at once
        String staff = Tokens.of("midori", "centre-staff");
        String id = Api.post("/consultations", staff, Consultations.intake("容量の確認")).json().getString("id");
        long used = Api.get("/consultations/" + id + "/attachments", staff).json().getJsonNumber("centreUsedBytes").longValue();
        long limit = Api.get("/consultations/" + id + "/attachments", staff).json().getJsonNumber("centreLimitBytes").longValue();
        assertEquals(20L * MB, limit);
        long fits = (limit - used) / (4L * MB);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                int n = i;
                answers.add(pool.submit((Callable<Integer>) () -> upload("/consultations", id, staff, "資料" + n + ".pdf",
                        pdf(4 * MB)).status()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            long added = statuses.stream().filter(s -> s == 201).count();
            assertEquals(Math.min(6, fits), added, () -> "exactly as many as fit: " + statuses);
            assertEquals(6 - added, statuses.stream().filter(s -> s == 413).count(), () -> "the others 413: " + statuses);
        } finally {
            pool.shutdown();
        }
        JsonObject after = Api.get("/consultations/" + id + "/attachments", staff).json();
        assertTrue(after.getJsonNumber("centreUsedBytes").longValue() <= limit);
        assertEquals(after.getJsonArray("files").stream().mapToLong(f -> ((JsonObject) f).getJsonNumber("sizeBytes").longValue())
                .sum() + used, after.getJsonNumber("centreUsedBytes").longValue(), "the count of bytes is the files'");
        // removing the consultation removes its files and gives the room back
        Api.Reply removed = Api.delete("/consultations/" + id, Tokens.of("midori", "centre-manager"), "If-Match", "\"1\"");
        assertEquals(204, removed.status(), removed::toString);
        String next = Api.post("/consultations", staff, Consultations.intake("容量の確認 2")).json().getString("id");
        assertEquals(used, Api.get("/consultations/" + next + "/attachments", staff).json()
                .getJsonNumber("centreUsedBytes").longValue());
    }

    @Test
    void aCommentTellsTheColleaguesItMentionsAndOnlyItsAuthorRemovesIt() {
        String staff = Tokens.of("tsuzuki", "centre-staff");
        String manager = Tokens.of("tsuzuki", "centre-manager");
        Api.get("/me", manager); // the manager is in the centre's directory (opening the portal puts them there)
        String id = Api.post("/consultations", staff, Consultations.intake("コメントの確認")).json().getString("id");
        String managerSubject = Tokens.subject("tsuzuki", "centre-manager");
        Api.Reply added = Api.post("/consultations/" + id + "/comments", staff, "{\"body\":\"規約の写しを添付しました。確認をお願いします\","
                + "\"mentions\":[\"" + managerSubject + "\"]}");
        assertEquals(201, added.status(), added::toString);
        assertEquals(1, added.json().getJsonArray("mentions").size());
        JsonArray inbox = Api.get("/inbox", manager).json().getJsonArray("items");
        assertTrue(inbox.stream().map(JsonObject.class::cast).anyMatch(i -> "MENTIONED".equals(i.getString("kind"))
                && id.equals(i.getString("recordId")) && "consultations".equals(i.getString("page"))), inbox::toString);
        // someone not in the directory cannot be mentioned; the field is named
        Api.Reply stranger = Api.post("/consultations/" + id + "/comments", staff,
                "{\"body\":\"誰か\",\"mentions\":[\"no-such-person\"]}");
        assertEquals(400, stranger.status());
        assertEquals(List.of("mentions"), stranger.problemFields());
        Api.Reply blank = Api.post("/consultations/" + id + "/comments", staff, "{\"body\":\"  \",\"mentions\":[]}");
        assertEquals(400, blank.status());
        assertEquals(List.of("body"), blank.problemFields());
        String commentId = added.json().getString("id");
        assertEquals(403, Api.delete("/consultations/" + id + "/comments/" + commentId, manager).status(), "not the author");
        assertEquals(204, Api.delete("/consultations/" + id + "/comments/" + commentId, staff).status());
        assertEquals(0, Api.get("/consultations/" + id + "/comments", staff).jsonArray().size());
    }

    @Test
    void aPublishedCasesFilesAreReadByEveryCentreAndChangedOnlyByItsWriter() {
        String writer = Tokens.of("city", "network-coordinator");
        String caseId = Endpoints.prepare("city", Endpoints.Stage.CASE_PUBLISHED);
        Api.Reply added = upload("/network/cases", caseId, writer, "事例の写真.png", new byte[]{(byte) 0x89, 'P', 'N', 'G',
                '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0});
        assertEquals(201, added.status(), added::toString);
        String reader = Tokens.of("izumi", "centre-staff");
        JsonObject list = Api.get("/network/cases/" + caseId + "/attachments", reader).json();
        assertEquals(1, list.getJsonArray("files").size());
        assertEquals(false, list.getBoolean("writable"));
        assertEquals(200, Api.get("/network/cases/" + caseId + "/attachments/" + added.json().getString("id"), reader).status());
        assertEquals(403, upload("/network/cases", caseId, reader, "追加.pdf", pdf(100)).status());
        assertEquals(403, Api.delete("/network/cases/" + caseId + "/attachments/" + added.json().getString("id"), reader).status());
        // a draft of another centre is not there at all
        String draft = Endpoints.prepare("city", Endpoints.Stage.CASE_DRAFT);
        assertEquals(404, Api.get("/network/cases/" + draft + "/attachments", reader).status());
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
