package io.github.ateraintercom.sandbox.company;

import io.github.ateraintercom.sandbox.config.SandboxConfig;
import io.github.ateraintercom.sandbox.membership.CompanyMemberships;
import io.github.ateraintercom.sandbox.tag.TagJson;
import io.github.ateraintercom.sandbox.tag.TagStore;
import io.github.ateraintercom.sandbox.tag.TaggableType;
import jakarta.inject.Singleton;

/** Renders a company with what other resources know about it: its tags and its number of contacts. */
@Singleton
public class CompanyRenderer {

    private final String appId;
    private final TagStore tags;
    private final CompanyMemberships memberships;

    public CompanyRenderer(SandboxConfig config, TagStore tags, CompanyMemberships memberships) {
        this.appId = config.appId();
        this.tags = tags;
        this.memberships = memberships;
    }

    CompanyJson render(Company company) {
        return CompanyJson.of(company, appId,
                tags.tagsOf(TaggableType.COMPANY, company.id()).stream().map(applied -> TagJson.of(applied.tag())).toList(),
                memberships.contactCount(company.id()));
    }
}
