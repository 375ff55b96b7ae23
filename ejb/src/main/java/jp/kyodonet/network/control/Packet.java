package jp.kyodonet.network.control;

import java.util.List;

/**
 * A meeting's materials (資料) as generated at one moment: no personal data, only names of centres,
 * counts, case titles and action items. Stored as JSON so an official version keeps its figures.
 *
 * @param unavailable what the packet cannot show yet, said instead of shown as zero
 */
public record Packet(String meetingId, String title, String date, int fiscalYear, String fiscalYearLabel, String asOf,
                     String format, String place, String theme, List<AgendaLine> agenda, List<WardPage> wards,
                     List<CaseLine> cases, String casesSince, List<ReferralLine> openReferrals, List<ActionLine> actions,
                     List<String> unavailable) {

    public record AgendaLine(int number, String kind, String title, String presenter) {
    }

    /**
     * One centre's page: the fiscal year to date and the same period of the year before.
     * Consultations received (activity consultations apart from facility inquiries) and closed; referrals
     * sent and received.
     */
    public record WardPage(String centre, String name, Figures thisYear, Figures lastYear) {
    }

    public record Figures(long received, long activity, long closed, long referralsSent, long referralsReceived) {
    }

    public record CaseLine(String title, String centre, String theme, String publishedOn) {
    }

    public record ReferralLine(String from, String to, String sentOn) {
    }

    public record ActionLine(String assignee, String title, String dueOn, String status) {
    }
}
