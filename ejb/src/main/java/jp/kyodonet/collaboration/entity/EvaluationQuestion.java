package jp.kyodonet.collaboration.entity;

import jp.kyodonet.platform.error.Message;

import java.util.List;

/**
 * One of the 17 questions of the process check sheet (事業実施プロセス相互チェックシート, FY2022 sheet,
 * seed 004:L223-334), in the sheet's order.
 *
 * @param index  0-16, the position in a sheet's grade column
 * @param stage  planning, implementation or review
 * @param number the number within the stage (1-based, as printed)
 * @param text   the question, Japanese and English
 */
public record EvaluationQuestion(int index, EvaluationStage stage, int number, Message text) {

    public static final List<EvaluationQuestion> ALL = List.of(
            q(0, EvaluationStage.PLANNING, 1, "自分たちが達成すべき大きな目的やミッションについてよく話し合うことができましたか。",
                    "Did you discuss well the overall purpose and mission you were to achieve?"),
            q(1, EvaluationStage.PLANNING, 2, "お互いの立場や組織の違いを話し合ってよく理解することができましたか。",
                    "Did you discuss and understand each other's positions and organisational differences?"),
            q(2, EvaluationStage.PLANNING, 3, "ニーズを把握して共有するとともに、この事業の目標と実施方法を話し合って決めることができましたか。",
                    "Did you identify and share the needs and agree the project's goals and methods?"),
            q(3, EvaluationStage.PLANNING, 4, "実現のためにそれぞれが何をできるかを考え、話し合って役割分担を決めることができましたか。",
                    "Did you agree the split of roles by what each side can do?"),
            q(4, EvaluationStage.PLANNING, 5, "会計のルール等、お互いの組織内部の取り決めについて、説明し合ってよく理解することができましたか。",
                    "Did you explain your internal rules (accounting and so on) to each other?"),
            q(5, EvaluationStage.PLANNING, 6, "事業を始めることや計画中であることを、ホームページや会報等を使って市民に発信することができましたか。",
                    "Did you tell citizens about the planned project (website, newsletters)?"),
            q(6, EvaluationStage.IMPLEMENTATION, 1, "率直な意見交換のもとに、お互い対等な立場で事業をすすめることができましたか。",
                    "Did you work as equals with a frank exchange of views?"),
            q(7, EvaluationStage.IMPLEMENTATION, 2, "お互いの強みや得意分野を、どう生かし合えるかを考え、提案しながら取り組むことができましたか。",
                    "Did you use each other's strengths and propose ideas?"),
            q(8, EvaluationStage.IMPLEMENTATION, 3, "相手に任せっきりにせず、お互いが役割を自覚して積極的に取り組むことができましたか。",
                    "Did each side own its role instead of leaving it to the other?"),
            q(9, EvaluationStage.IMPLEMENTATION, 4, "事業の進捗に応じて、目標、ニーズ、対象、実施方法などをふりかえり、修正しながら取り組むことができましたか。",
                    "Did you review and adjust goals, needs, targets and methods as the work went on?"),
            q(10, EvaluationStage.IMPLEMENTATION, 5, "必要に応じ、関連する他の部署や団体などを巻き込みながら事業をすすめることができましたか。",
                    "Did you bring in other departments or groups where needed?"),
            q(11, EvaluationStage.IMPLEMENTATION, 6, "事業終了後の見通しについて、話しながら取り組むことができましたか。",
                    "Did you discuss what happens after the project ends?"),
            q(12, EvaluationStage.IMPLEMENTATION, 7, "事業の進捗状況を、ホームページや会報等を使って市民に発信することができましたか。",
                    "Did you report progress to citizens (website, newsletters)?"),
            q(13, EvaluationStage.REVIEW, 1, "協働することで、単独でおこなうのに比べてどのような効果が得られたか、話し合って共有できたか。",
                    "Did you share what collaborating achieved compared with working alone?"),
            q(14, EvaluationStage.REVIEW, 2, "受益者が満足を得られたかどうかについて、話し合って確認することができたか。",
                    "Did you check together whether the beneficiaries were satisfied?"),
            q(15, EvaluationStage.REVIEW, 3, "これまでを振り返って、お互いの考えに相違点がなかったかについて話し合い、確認する事ができたか。",
                    "Did you check for differences between the two sides' views?"),
            q(16, EvaluationStage.REVIEW, 4, "期待された事業成果を得られることができたか。",
                    "Did you achieve the expected results?"));

    /** Number of questions, and of grades in each side's column. */
    public static final int COUNT = 17;

    private static EvaluationQuestion q(int index, EvaluationStage stage, int number, String ja, String en) {
        return new EvaluationQuestion(index, stage, number, new Message(ja, en));
    }
}
