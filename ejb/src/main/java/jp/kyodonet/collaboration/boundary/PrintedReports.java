package jp.kyodonet.collaboration.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What a published ordinance report printed, where the product keeps it (printed/report-YEAR.tsv, from the seed
 * documents): the by-field table. The report is counted from the records; these notes say where a printed total does
 * not add up, so that a reader comparing the two knows why they differ.
 */
final class PrintedReports {

    private PrintedReports() {
    }

    static List<Views.Note> notes(int fiscalYear, List<Views.FieldLine> fields) {
        List<Views.Note> notes = new ArrayList<>();
        try (InputStream in = PrintedReports.class.getResourceAsStream("/jp/kyodonet/collaboration/printed/report-"
                + fiscalYear + ".tsv")) {
            if (in == null) {
                return notes;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.strip().split("\t");
                int number = Integer.parseInt(cells[0]);
                long ward = Long.parseLong(cells[1]);
                long bureau = Long.parseLong(cells[2]);
                long total = Long.parseLong(cells[3]);
                if (ward + bureau != total) {
                    Views.FieldLine field = fields.get(number - 1);
                    notes.add(new Views.Note("分野" + number + "「" + field.labelJa() + "」: 公表された報告書は計を" + total
                            + "と記載していますが、区（" + ward + "）と局（" + bureau + "）の和は" + (ward + bureau)
                            + "です。この表は記録から集計しています（記録では区" + field.projects().ward() + "・局"
                            + field.projects().bureau() + "・計" + field.projects().total() + "）。",
                            "Field " + number + " (" + field.labelEn() + "): the published report prints a total of " + total
                                    + ", but its ward (" + ward + ") and bureau (" + bureau + ") figures add up to "
                                    + (ward + bureau) + ". This table is counted from the records (ward "
                                    + field.projects().ward() + ", bureau " + field.projects().bureau() + ", total "
                                    + field.projects().total() + ")."));
                }
            }
            return notes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
