package io.github.ateraintercom.transformer.mapping;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhoneNumbersTest {

    // separators become one space, the leading + and parentheses stay; an extension marker is the only letter allowed
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            " +1 (503) 555-0142 | +1 (503) 555 0142",
            "+44.20.7946.0018 | +44 20 7946 0018",
            "089/5555\u00A00100 | 089 5555 0100",
            "+33 1 55 55 01 23 | +33 1 55 55 01 23",
            "503-555-0142 x12 | 503 555 0142 ext. 12",
            "503-555-0142x12 | 503 555 0142 ext. 12",
            "503 555 0142 Ext. 7 | 503 555 0142 ext. 7",
            "503 555 0142 extension 4410 | 503 555 0142 ext. 4410",
            "503 555 0142 #9 | 503 555 0142 ext. 9"})
    void numberIsWrittenWithOneKindOfSeparatorAndOneExtensionMarker(String raw, String normalised) {
        assertThat(PhoneNumbers.normalised("Phone", raw)).isEqualTo(normalised);
    }

    @Test
    void blankIsNoNumberRatherThanAnError() {
        assertThat(PhoneNumbers.normalised("Phone", "  ")).isNull();
        assertThat(PhoneNumbers.normalised("Phone", null)).isNull();
    }

    @Test
    void lettersOtherThanAnExtensionAreRefusedNamingTheColumn() {
        assertInvalid("1-800-FLOWERS", "'1-800-FLOWERS' is not a phone number: only digits");
        assertInvalid("ask reception", "'ask reception' is not a phone number: only digits");
        assertInvalid("503 555 0142 ext", "'503 555 0142 ext' is not a phone number: only digits");
        assertInvalid("503+555", "'503+555' is not a phone number: only digits");
    }

    @Test
    void fewerThanFiveDigitsBeforeTheExtensionIsRefused() {
        assertInvalid("1234", "'1234' is not a phone number: it has fewer than 5 digits");
        assertInvalid("12 x 345", "'12 x 345' is not a phone number: it has fewer than 5 digits");
        assertThat(PhoneNumbers.normalised("MobilePhone", "12345")).isEqualTo("12345");
    }

    private static void assertInvalid(String value, String message) {
        assertThatThrownBy(() -> PhoneNumbers.normalised("MobilePhone", value)).isInstanceOfSatisfying(InvalidValue.class, invalid ->
                assertThat(invalid.refusal()).isInstanceOfSatisfying(MappingResult.Refused.class, refused -> {
                    assertThat(refused.rule()).isEqualTo("invalid-phone");
                    assertThat(refused.column()).isEqualTo("MobilePhone");
                    assertThat(refused.message()).startsWith("MobilePhone " + message);
                }));
    }
}
