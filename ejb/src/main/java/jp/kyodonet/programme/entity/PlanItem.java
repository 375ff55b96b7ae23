package jp.kyodonet.programme.entity;

/**
 * The line of the centre's operating plan a programme belongs to, where the plan sets a target for it (the city
 * centre's FY2024 plan, seed 000): 3-1 市民協働スタートアップ (4 sessions; 60 % of participants understanding
 * collaboration better and more willing), 3-2 他都市の好事例共有 (3-4 cities visited, 2 seminars), 4-2 協働HUB
 * (10 participating organisations), 8-2 イノベーションダイアログ (1-2 held). A programme on no such line has none.
 */
public enum PlanItem {
    STARTUP,
    OTHER_CITY_SEMINAR,
    COLLABORATION_HUB,
    INNOVATION_DIALOGUE
}
