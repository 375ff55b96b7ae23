package jp.kyodonet.platform.csv;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvTest {

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaksAndKeepsTheStartingLine() {
        String text = "\uFEFF受付日,相談内容,分野\r\n2025-04-01,\"会計, 労務の相談\",\"会計\n労務\"\r\n2025/4/2,\"彼は\"\"急ぎ\"\"と言った\",資金\n";
        List<Csv.Row> rows = Csv.parse(text);
        assertEquals(3, rows.size());
        assertEquals(List.of("受付日", "相談内容", "分野"), rows.get(0).fields(), "the BOM is not part of the first name");
        assertEquals(List.of("2025-04-01", "会計, 労務の相談", "会計\n労務"), rows.get(1).fields());
        assertEquals(2, rows.get(1).line());
        assertEquals("彼は\"急ぎ\"と言った", rows.get(2).fields().get(1));
        assertEquals(4, rows.get(2).line(), "the line break inside a quoted field counts");
    }

    @Test
    void anUnclosedQuoteNamesItsLine() {
        IllegalArgumentException broken = assertThrows(IllegalArgumentException.class,
                () -> Csv.parse("a,b\n1,\"open\n"));
        assertTrue(broken.getMessage().contains("line 2"), broken.getMessage());
    }

    @Test
    void writesExcelSafeLines() {
        assertEquals("a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n", Csv.line(List.of("a", "b,c", "say \"hi\"", "two\nlines")));
        assertEquals("'=1+1,'@cmd,'-2,ok\r\n", Csv.line(List.of("=1+1", "@cmd", "-2", "ok")), "no formulas reach Excel");
        assertEquals(List.of("=1+1"), Csv.parse("\"=1+1\"").get(0).fields());
    }
}
