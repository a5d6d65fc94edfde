package io.github.ateraintercom.cli.run;

import io.github.ateraintercom.cli.Migrate;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class SampleCommandTest {

    @Test
    void aSizeThatIsNotANumberIsAUsageErrorBeforeAnythingIsAsked() {
        StringWriter err = new StringWriter();
        int exit = execute(err, "sample", "r1", "--size", "many", "--orchestrator", "http://127.0.0.1:9");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--size").contains("many");
    }

    @Test
    void anOrchestratorThatDoesNotAnswerIsExitFour() {
        assertThat(execute(new StringWriter(), "sample", "r1", "--size", "3", "--orchestrator", "http://127.0.0.1:9"))
                .isEqualTo(Migrate.UNREACHABLE);
    }

    private static int execute(StringWriter err, String... args) {
        CommandLine command = Migrate.commandLine();
        command.setErr(new PrintWriter(err));
        command.setOut(new PrintWriter(new StringWriter()));
        return command.execute(args);
    }
}
