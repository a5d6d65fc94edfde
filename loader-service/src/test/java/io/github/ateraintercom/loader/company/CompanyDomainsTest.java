package io.github.ateraintercom.loader.company;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CompanyDomainsTest {

    @Test
    void everyDomainOfAWebsiteIsKeptWithoutSchemeWwwOrPath() {
        assertThat(CompanyDomains.domains("https://www.Initech.example/about; initech.co.uk, hooli.example"))
                .containsExactly("initech.example", "initech.co.uk", "hooli.example");
        assertThat(CompanyDomains.domains(null)).isEmpty();
        assertThat(CompanyDomains.domains("  ")).isEmpty();
    }
}
