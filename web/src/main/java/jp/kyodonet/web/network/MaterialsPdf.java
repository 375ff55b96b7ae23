package jp.kyodonet.web.network;

import jp.kyodonet.network.boundary.NetworkViews;
import jp.kyodonet.network.control.Packet;
import jp.kyodonet.web.platform.PdfPages;

import java.io.IOException;
import java.io.UncheckedIOException;

/** A meeting's packet as a PDF: 資料1 agenda, 資料2 one page per centre, 資料3 cases, 資料4 referrals, 資料5 actions. */
final class MaterialsPdf {

    private static final float[] FIGURE_COLUMNS = {0, 250, 340};

    private MaterialsPdf() {
    }

    static byte[] render(NetworkViews.Materials materials) {
        Packet p = materials.packet();
        try (PdfPages pdf = new PdfPages()) {
            pdf.text(p.title() + "　会議資料", 15, 0);
            pdf.text(p.date() + "　" + p.format() + (p.place() == null ? "" : "　" + p.place())
                    + (materials.ref().official() ? "　【正式版】" : "　【作成中】"), 9, 0);
            pdf.text("作成 " + materials.ref().generatedAt() + "　数値は " + p.asOf() + " 時点（" + p.fiscalYearLabel() + "）", 8.5f, 0);
            pdf.gap(10);
            pdf.text("資料1　議題", 12, 0);
            if (p.theme() != null) {
                pdf.text("テーマ: " + p.theme(), 9.5f, 0);
            }
            for (Packet.AgendaLine a : p.agenda()) {
                pdf.row(new String[] {a.number() + ".", a.kind(), a.title(), a.presenter() == null ? "" : a.presenter()},
                        new float[] {0, 25, 85, 330}, false);
            }
            for (int i = 0; i < p.wards().size(); i++) {
                Packet.WardPage w = p.wards().get(i);
                pdf.newPage();
                pdf.text("資料2-" + (i + 1) + "　" + w.name(), 13, 0);
                pdf.text(p.fiscalYearLabel() + "　年度初めから " + p.asOf() + " まで（前年同期との比較）", 9, 0);
                pdf.gap(6);
                pdf.row(new String[] {"項目", "今年度", "前年同期"}, FIGURE_COLUMNS, true);
                figure(pdf, "相談受付", w.thisYear().received(), w.lastYear().received());
                figure(pdf, "うち活動相談（施設利用・問い合わせを除く）", w.thisYear().activity(), w.lastYear().activity());
                figure(pdf, "相談終了", w.thisYear().closed(), w.lastYear().closed());
                figure(pdf, "他センターへの紹介", w.thisYear().referralsSent(), w.lastYear().referralsSent());
                figure(pdf, "他センターからの紹介", w.thisYear().referralsReceived(), w.lastYear().referralsReceived());
                pdf.gap(8);
                for (String missing : p.unavailable()) {
                    pdf.text(missing, 8.5f, 0);
                }
            }
            pdf.newPage();
            pdf.text("資料3　前回会議（" + p.casesSince() + "）以降に共有された事例", 12, 0);
            if (p.cases().isEmpty()) {
                pdf.text("なし", 9.5f, 0);
            }
            for (Packet.CaseLine c : p.cases()) {
                pdf.row(new String[] {c.title(), c.centre(), c.publishedOn()}, new float[] {0, 290, 420}, false);
            }
            pdf.gap(12);
            pdf.text("資料4　回答待ちのセンター間の紹介（" + p.openReferrals().size() + "件）", 12, 0);
            for (Packet.ReferralLine r : p.openReferrals()) {
                pdf.row(new String[] {r.from(), "→ " + r.to(), r.sentOn()}, new float[] {0, 200, 420}, false);
            }
            pdf.gap(12);
            pdf.text("資料5　対応事項と状況", 12, 0);
            for (Packet.ActionLine a : p.actions()) {
                pdf.row(new String[] {a.assignee(), a.title(), a.dueOn(), a.status()}, new float[] {0, 150, 360, 430}, false);
            }
            return pdf.bytes();
        } catch (IOException e) {
            throw new UncheckedIOException("the materials PDF could not be written", e);
        }
    }

    private static void figure(PdfPages pdf, String label, long now, long before) throws IOException {
        pdf.row(new String[] {label, String.valueOf(now), String.valueOf(before)}, FIGURE_COLUMNS, false);
    }
}
