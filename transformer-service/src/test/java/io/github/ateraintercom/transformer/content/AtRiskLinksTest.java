package io.github.ateraintercom.transformer.content;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AtRiskLinksTest {

    @Test
    void linksHostedByAteraOrItsSubdomainsAreFoundInTextMarkupAndAddresses() {
        List<String> found = AtRiskLinks.in(Arrays.asList(
                "See https://app.atera.com/new/ticket/5001/attachment/77. Thanks",
                "<p><a href=\"https://files.atera.com/t/9?sig=a&amp;exp=1\">log</a> <img src=\"http://ATERA.com/logo.png\"></p>",
                "https://app.atera.com/new/ticket/5001/attachment/77",
                null));

        assertThat(found).containsExactly("https://app.atera.com/new/ticket/5001/attachment/77",
                "https://files.atera.com/t/9?sig=a&exp=1", "http://ATERA.com/logo.png");
    }

    @Test
    void otherHostsAreNotAtRiskEvenWhenTheyMentionAtera() {
        assertThat(AtRiskLinks.in(List.of("https://files.example/atera.com/a.jpg", "https://notatera.com/x",
                "https://atera.com.evil.example/x", "https://user@support.example:8443/atera.com"))).isEmpty();
        assertThat(AtRiskLinks.in(List.of("https://support.atera.com:443/hc/articles/1", "https://me@app.atera.com/x")))
                .containsExactly("https://support.atera.com:443/hc/articles/1", "https://me@app.atera.com/x");
    }
}
