package jp.kyodonet.consultation.entity;

import org.junit.jupiter.api.Test;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class VocabularyTest {

    @Test
    void everyChoiceHasAJapaneseAndAnEnglishLabel() {
        Stream.of(Channel.values(), RequesterKind.values(), Topic.values(), ConsultationStatus.values(), Outcome.values(),
                        Track.values(), OrganisationStage.values(), ReferralStatus.values())
                .flatMap(Stream::of)
                .forEach(choice -> {
                    assertFalse(Vocabulary.label(choice).ja().isBlank(), choice + " ja");
                    assertFalse(Vocabulary.label(choice).en().isBlank(), choice + " en");
                });
        assertEquals("行政部署とつないだ", Vocabulary.label(Outcome.CONNECTED_TO_CITY_DIVISION).ja());
    }

    @Test
    void aChoiceOfAnotherVocabularyHasNoLabel() {
        assertThrows(IllegalArgumentException.class, () -> Vocabulary.label(java.time.DayOfWeek.MONDAY));
    }
}
