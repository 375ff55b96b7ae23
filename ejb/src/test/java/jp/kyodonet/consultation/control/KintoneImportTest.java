package jp.kyodonet.consultation.control;

import jp.kyodonet.consultation.entity.Channel;
import jp.kyodonet.consultation.entity.Outcome;
import jp.kyodonet.consultation.entity.RequesterKind;
import jp.kyodonet.consultation.entity.Topic;
import jp.kyodonet.consultation.entity.Track;
import jp.kyodonet.platform.error.FieldError;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KintoneImportTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String HEADER = "レコード番号,受付日,相談経路,相談者区分,相談者名,連絡先,相談区分,分野,相談内容,担当者,結果,終了日\n";

    @Test
    void mapsLabelsAliasesAndOptionalClosing() {
        KintoneImport.Result result = KintoneImport.read(HEADER
                + "1,2025/4/3,電話,市民活動団体・NPO,みどりの会,045-000-0000,市民活動に関する相談,\"会計\n労務\",決算の相談,佐藤,組織運営強化,2025-04-10\n"
                + "2,2025-05-01,COUNTER,citizen,山田,,COORDINATION,協働、その他,協働の相談,,,\n", TODAY);
        assertEquals(List.of(), result.errors());
        assertEquals(List.of("レコード番号"), result.ignoredColumns());
        KintoneImport.Row first = result.rows().get(0);
        assertEquals(2, first.line());
        assertEquals(LocalDate.of(2025, 4, 3), first.intake().receivedOn());
        assertEquals(Channel.PHONE, first.intake().channel());
        assertEquals(RequesterKind.CIVIC_GROUP, first.intake().requesterKind());
        assertEquals(Set.of(Topic.ACCOUNTING, Topic.LABOUR), first.intake().topics());
        assertEquals(Outcome.ORGANISATION_STRENGTHENED, first.outcome());
        assertEquals("佐藤", first.assignee());
        KintoneImport.Row second = result.rows().get(1);
        assertEquals(Track.COORDINATION, second.intake().track());
        assertEquals(RequesterKind.CITIZEN, second.intake().requesterKind());
        assertEquals(Set.of(Topic.COLLABORATION, Topic.OTHER), second.intake().topics());
        assertEquals(null, second.outcome());
        assertNotEquals(first.key(), second.key());
        assertTrue(first.key().length() <= 64);
    }

    @Test
    void everyBadRowIsReportedByLineAndNoRowIsReturned() {
        KintoneImport.Result result = KintoneImport.read(HEADER
                + "1,2025-04-01,電話,市民,良い行,,市民活動に関する相談,会計,正しい,,,\n"
                + "2,2025-13-01,伝書鳩,市民,,,市民活動に関する相談,占い,,,,\n"
                + "3,2099-01-01,電話,市民,未来,,市民活動に関する相談,会計,未来の相談,,団体設立,\n", TODAY);
        assertEquals(List.of(), result.rows(), "nothing half-imported");
        List<String> fields = result.errors().stream().map(FieldError::field).toList();
        assertTrue(fields.containsAll(List.of("line 3: 受付日", "line 3: 相談経路", "line 3: 相談者名", "line 3: 分野",
                "line 3: 相談内容", "line 4: 受付日", "line 4: 担当者", "line 4: 終了日")), fields::toString);
        assertTrue(result.errors().get(0).message().ja().startsWith("3行目"), result.errors().get(0).message().ja());
    }

    @Test
    void missingColumnsAndEmptyFilesAreNamed() {
        KintoneImport.Result missing = KintoneImport.read("受付日,相談内容\n2025-04-01,相談\n", TODAY);
        assertTrue(missing.errors().stream().anyMatch(e -> e.message().ja().contains("相談経路")), missing.errors()::toString);
        assertEquals("file", KintoneImport.read("\n\n", TODAY).errors().get(0).field());
        assertEquals("file", KintoneImport.read("a,\"b\n", TODAY).errors().get(0).field());
    }
}
