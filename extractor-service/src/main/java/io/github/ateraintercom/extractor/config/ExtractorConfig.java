package io.github.ateraintercom.extractor.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "extractor")
public interface ExtractorConfig {

    /** Longest value a single CSV field may hold; a longer one rejects its row instead of exhausting memory. */
    @WithDefault("100000")
    int maxFieldChars();
}
