package io.github.ateraintercom.cli.discovery;

import io.github.ateraintercom.cli.Migrate;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** A discovery reads an export directory or Atera's API: naming neither or both is a usage error, before anything is asked. */
class DiscoverNeedsExactlyOneSourceTest {

    @Test
    void neitherSourceIsAUsageError() {
        StringWriter err = new StringWriter();

        int exit = run(err, "discover", "--target", "https://api.intercom.io", "--orchestrator", "http://127.0.0.1:9");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("Name the source: an EXPORT directory or --atera-api URL, not both.");
    }

    @Test
    void bothSourcesAreAUsageError() {
        StringWriter err = new StringWriter();

        int exit = run(err, "discover", "/exports/acme", "--atera-api", "https://app.atera.com/api/v3", "--target",
                "https://api.intercom.io", "--orchestrator", "http://127.0.0.1:9");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("not both");
    }

    private static int run(StringWriter err, String... args) {
        CommandLine command = Migrate.commandLine();
        command.setErr(new PrintWriter(err));
        command.setOut(new PrintWriter(new StringWriter()));
        return command.execute(args);
    }
}
