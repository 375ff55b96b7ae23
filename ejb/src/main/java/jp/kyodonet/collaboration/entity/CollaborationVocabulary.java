package jp.kyodonet.collaboration.entity;

import jp.kyodonet.platform.error.Message;

import java.util.Map;

import static java.util.Map.entry;

/** Japanese and English labels of the collaboration choices. */
public final class CollaborationVocabulary {

    private static final Map<Enum<?>, Message> LABELS = Map.ofEntries(
            entry(ProposalKind.CITIZEN, new Message("市民提案型", "Citizen-proposed")),
            entry(ProposalKind.GOVERNMENT, new Message("行政提案型", "Government-proposed")),
            entry(ProposalStatus.INQUIRY, new Message("相談", "Inquiry")),
            entry(ProposalStatus.SUBMITTED, new Message("提案受付", "Submitted")),
            entry(ProposalStatus.ADJUSTING, new Message("所管課との調整", "Adjusting with the division")),
            entry(ProposalStatus.UNDER_REVIEW, new Message("審査中", "Under review")),
            entry(ProposalStatus.ADOPTED, new Message("採択", "Adopted")),
            entry(ProposalStatus.REJECTED, new Message("不採択", "Rejected")),
            entry(ProposalStatus.GRANTED, new Message("助成金交付", "Granted")),
            entry(ProposalStatus.CONTRACT_NEGOTIATION, new Message("協働契約の内容調整", "Contract negotiation")),
            entry(ProposalStatus.CONTRACTED, new Message("協働契約締結", "Contracted")),
            entry(SupportActivity.DISCUSSION, new Message("提案内容の相談", "Discussing the proposal")),
            entry(SupportActivity.DIVISION_COORDINATION, new Message("所管課との調整", "Coordinating with divisions")),
            entry(SupportActivity.OTHER_CITIES, new Message("他都市とのつなぎ", "Linking to other cities")),
            entry(SupportActivity.ADVISER, new Message("アドバイザー派遣", "Dispatching an adviser")),
            entry(SupportActivity.INTERIM_MEETING, new Message("中間報告・交流会", "Interim report or exchange meeting")),
            entry(SupportActivity.SKILL_UP, new Message("スキルアップ講座", "Skill-up seminar")),
            entry(SupportActivity.EVENT_ADVICE, new Message("イベント参加・助言", "Attending an event, advice")),
            entry(SupportActivity.OTHER, new Message("その他", "Other")),
            entry(OwnerKind.WARD, new Message("区", "Ward")),
            entry(OwnerKind.BUREAU, new Message("局", "Bureau")),
            entry(Origin.ARTICLE_9, new Message("市の発意（条例第9条）", "City's initiative (Art. 9)")),
            entry(Origin.ARTICLE_10, new Message("市民等の提案（条例第10条）", "Citizens' proposal (Art. 10)")),
            entry(ContractType.COMMISSION, new Message("委託型", "Commission")),
            entry(ContractType.SUBSIDY, new Message("補助型", "Subsidy")),
            entry(ContractType.SHARED_COST, new Message("負担金型", "Shared cost")),
            entry(ContractType.CO_HOSTING, new Message("共催（協働契約の形態ではない）", "Co-hosting (not a contract form)")),
            entry(ContractStatus.DRAFTING, new Message("作成中", "Drafting")),
            entry(ContractStatus.SIGNED, new Message("締結", "Signed")),
            entry(ContractStatus.ACTIVE, new Message("実施中", "Active")),
            entry(ContractStatus.AMENDED, new Message("変更契約あり", "Amended")),
            entry(ContractStatus.ENDED, new Message("終了", "Ended")),
            entry(ContractStatus.EVALUATED, new Message("評価済み", "Evaluated")),
            entry(EvaluationStatus.DRAFT, new Message("記入中", "Being filled in")),
            entry(EvaluationStatus.COMPLETED, new Message("双方記入済み", "Completed by both sides")),
            entry(EvaluationStatus.PUBLISHED, new Message("公表", "Published")),
            entry(EvaluationStage.PLANNING, new Message("①事業計画段階", "1 Planning stage")),
            entry(EvaluationStage.IMPLEMENTATION, new Message("②事業実施段階", "2 Implementation stage")),
            entry(EvaluationStage.REVIEW, new Message("③ふりかえり段階", "3 Review stage")),
            entry(Grade.A, new Message("A よくできた", "A done well")),
            entry(Grade.B, new Message("B まあまあできた", "B done fairly well")),
            entry(Grade.C, new Message("C あまりできなかった", "C mostly not done")),
            entry(Grade.D, new Message("D まったくできなかった", "D not done at all")));

    private CollaborationVocabulary() {
    }

    public static Message label(Enum<?> choice) {
        Message label = LABELS.get(choice);
        if (label == null) {
            throw new IllegalArgumentException("no label for " + choice);
        }
        return label;
    }
}
