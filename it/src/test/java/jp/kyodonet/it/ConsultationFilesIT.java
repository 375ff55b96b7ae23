package jp.kyodonet.it;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CSV out (a fiscal year, no personal data, UTF-8 with BOM) and kintone CSV in (all rows or none). */
@ExtendWith(ArquillianExtension.class)
class ConsultationFilesIT {

    private final String staff = Tokens.of("isogo", "centre-staff");
    private final String manager = Tokens.of("isogo", "centre-manager");
    private final String otherWard = Tokens.of("kanazawa", "centre-manager");
    private static final String HEADER = "レコード番号,受付日,相談経路,相談者区分,相談者名,連絡先,相談区分,分野,相談内容,担当者,結果,終了日\r\n";

    private static int fiscalYear(LocalDate date) {
        return date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
    }

    @Test
    void exportIsTheFiscalYearWithoutPersonalDataForExcel() {
        String marker = "CSV出力の確認 " + UUID.randomUUID();
        Consultations.create(staff, marker + "、\"引用\"あり");
        Consultations.create(otherWard, marker + " 他区");
        int year = fiscalYear(LocalDate.now().minusDays(1));

        Api.Reply reply = Api.get("/consultations/export?fiscalYear=" + year, staff);
        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("text/csv"), reply.contentType());
        assertTrue(reply.raw().headers().firstValue("Content-Disposition").orElse("").contains("consultations-FY" + year + ".csv"));
        String csv = reply.body();
        assertTrue(csv.startsWith("\uFEFF受付日,年度,経路,相談者の種別,区分"), "BOM and Japanese header: " + csv.substring(0, 40));
        assertTrue(csv.contains("\"" + marker + "、\"\"引用\"\"あり\""), "quoted as Excel reads it");
        assertTrue(csv.contains("\r\n"));
        assertFalse(csv.contains("テスト太郎") || csv.contains("taro@example.jp"), "no requester name or contact");
        assertFalse(csv.contains(marker + " 他区"), "another centre's consultations are not in it");

        Api.Reply otherYear = Api.get("/consultations/export?fiscalYear=" + (year - 3), staff);
        assertFalse(otherYear.body().contains(marker), "only the fiscal year asked for");
        Api.Reply missing = Api.get("/consultations/export", staff);
        assertEquals(400, missing.status(), missing::toString);
        assertEquals("application/problem+json", missing.contentType());
        assertTrue(missing.body().contains("fiscalYear"));
    }

    @Test
    void kintoneImportAddsEveryRowOnceAndTheSameFileAgainAddsNothing() {
        String marker = "kintone移行 " + UUID.randomUUID();
        String file = HEADER
                + "101,2025/4/3,電話,市民活動団体・NPO,みどりの会,045-000-0000,市民活動に関する相談,\"会計\n労務\"," + marker + " 一,佐藤,組織運営強化,2025-04-10\r\n"
                + "102,2025-05-01,窓口,市民,山田 花子,,協働のコーディネート,協働," + marker + " 二,,,\r\n";
        long before = Consultations.total(staff);
        Api.Reply imported = Api.postBytes("/consultations/import", manager, "text/csv; charset=UTF-8",
                file.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, imported.status(), imported::toString);
        assertEquals(2, imported.json().getInt("imported"));
        assertEquals("レコード番号", imported.json().getJsonArray("ignoredColumns").getString(0));
        assertEquals(before + 2, Consultations.total(staff));

        Api.Reply listed = Api.get("/consultations?q=" + java.net.URLEncoder.encode(marker, StandardCharsets.UTF_8)
                + "&status=CLOSED", staff);
        assertEquals(1, listed.json().getJsonNumber("total").intValue(), listed::toString);
        assertEquals("ORGANISATION_STRENGTHENED", listed.json().getJsonArray("items").getJsonObject(0).getString("outcome"));

        Api.Reply again = Api.postBytes("/consultations/import", manager, "text/csv", file.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, again.status(), again::toString);
        assertEquals(0, again.json().getInt("imported"));
        assertEquals(2, again.json().getInt("alreadyImported"));
        assertEquals(before + 2, Consultations.total(staff));
        assertFalse(Api.get("/consultations?q=" + java.net.URLEncoder.encode(marker, StandardCharsets.UTF_8), otherWard)
                .body().contains(marker), "imported into isogo only");
    }

    @Test
    void oneBadRowRefusesTheWholeFileNamingEachLine() {
        String marker = "取り込まれない " + UUID.randomUUID();
        String file = HEADER
                + "1,2025-04-01,電話,市民,正しい行,,市民活動に関する相談,会計," + marker + ",,,\r\n"
                + "2,2025-13-01,伝書鳩,市民,誤りの行,,市民活動に関する相談,占い," + marker + ",,,\r\n";
        long before = Consultations.total(staff);
        Api.Reply refused = Api.postBytes("/consultations/import", manager, "text/csv; charset=UTF-8",
                file.getBytes(StandardCharsets.UTF_8));
        assertEquals(400, refused.status(), refused::toString);
        assertEquals("application/problem+json", refused.contentType());
        for (String field : new String[] {"line 3: 受付日", "line 3: 相談経路", "line 3: 分野"}) {
            assertTrue(refused.body().contains(field), field + " named: " + refused);
        }
        assertEquals(before, Consultations.total(staff), "nothing half-imported");

        Api.Reply notCsv = Api.postBytes("/consultations/import", manager, "text/csv; charset=UTF-8",
                new byte[] {(byte) 0xff, (byte) 0xfe, 0x41});
        assertEquals(400, notCsv.status(), notCsv::toString);
        assertEquals(before, Consultations.total(staff));
    }

    @Test
    void shiftJisExportsAreRead() {
        String marker = "シフトJIS " + UUID.randomUUID().toString().substring(0, 8);
        String file = HEADER + "7,2025-06-01,メール,企業,港みらい株式会社,,協働のコーディネート,協働," + marker + ",,,\r\n";
        Api.Reply imported = Api.postBytes("/consultations/import", manager, "text/csv; charset=Shift_JIS",
                file.getBytes(Charset.forName("Shift_JIS")));
        assertEquals(200, imported.status(), imported::toString);
        assertEquals(1, imported.json().getInt("imported"));
        assertTrue(Api.get("/consultations?q=" + java.net.URLEncoder.encode(marker, StandardCharsets.UTF_8), staff)
                .body().contains(marker));
    }
}
