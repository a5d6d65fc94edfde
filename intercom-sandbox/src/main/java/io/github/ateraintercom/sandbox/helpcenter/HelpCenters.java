package io.github.ateraintercom.sandbox.helpcenter;

import io.github.ateraintercom.sandbox.config.SandboxConfig;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The workspace's help centers: one, the default, in English. Intercom has no API to create help
 * centers, so it never changes. Collections and articles build their public URLs on its address.
 */
@Singleton
public class HelpCenters {

    static final long DEFAULT_ID = 1;

    private final HelpCenterJson helpCenter;

    public HelpCenters(SandboxConfig config, Clock clock) {
        long startedAt = clock.instant().getEpochSecond();
        this.helpCenter = new HelpCenterJson(Long.toString(DEFAULT_ID), config.appId(), startedAt, startedAt,
                config.appId(), false, config.workspace().name() + " Help Center",
                "https://intercom.help/" + config.appId(), null, true, List.of("en"));
    }

    List<HelpCenterJson> all() {
        return List.of(helpCenter);
    }

    Optional<HelpCenterJson> find(String id) {
        return helpCenter.id().equals(id) ? Optional.of(helpCenter) : Optional.empty();
    }

    /** The public address of a collection or article: {@code <help center>/en/<kind>/<id>-<slug of its title>}. */
    String url(String kind, String id, String title) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return helpCenter.url() + "/en/" + kind + "/" + id + (slug.isEmpty() ? "" : "-" + slug);
    }
}
