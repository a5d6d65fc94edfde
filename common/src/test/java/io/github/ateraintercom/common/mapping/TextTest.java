package io.github.ateraintercom.common.mapping;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;

import static org.assertj.core.api.Assertions.assertThat;

class TextTest {

    @Test
    void decomposedCharactersAreComposed() {
        String decomposed = "Re\u0301gion Ile-de-France, Mu\u0308nchen";

        assertThat(Text.line(decomposed)).isEqualTo("R\u00E9gion Ile-de-France, M\u00FCnchen")
                .isEqualTo(Normalizer.normalize(decomposed, Normalizer.Form.NFC));
    }

    @Test
    void oneLineCollapsesEveryRunOfWhitespaceAndDropsInvisibleCharacters() {
        assertThat(Text.line(" \uFEFFNorthwind\u00A0\u00A0Dental\tGroup\r\nPortland\u200B ")).isEqualTo("Northwind Dental Group Portland");
    }

    @Test
    void blockKeepsLineBreaksButAtMostOneBlankLine() {
        assertThat(Text.block("  first   line  \r\nsecond\tline\r\r\n\n\n\u2028third ")).isEqualTo("first line\nsecond line\n\nthird");
    }

    @Test
    void blankIsNone() {
        assertThat(Text.line(" \u00A0\t")).isNull();
        assertThat(Text.block("\n \r\n")).isNull();
        assertThat(Text.line(null)).isNull();
    }
}
