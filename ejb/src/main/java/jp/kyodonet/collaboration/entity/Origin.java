package jp.kyodonet.collaboration.entity;

/** How a project came about: the city selected its partner (ordinance Art. 9) or a citizen proposed it (Art. 10). */
public enum Origin {
    ARTICLE_9,
    ARTICLE_10
}
