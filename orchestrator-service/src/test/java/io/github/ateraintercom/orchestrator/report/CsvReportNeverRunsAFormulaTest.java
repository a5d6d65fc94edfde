package io.github.ateraintercom.orchestrator.report;

import io.github.ateraintercom.orchestrator.progress.UnsuccessfulRecord;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvReportNeverRunsAFormulaTest {

    @Test
    void cellsThatASpreadsheetWouldRunAreTurnedIntoText() {
        List<UnsuccessfulRecord> rows = List.of(
                new UnsuccessfulRecord("contacts.csv", 2, "contact", "=HYPERLINK(\"http://evil.example\",\"x\")", "REJECTED", "transform",
                        "invalid-email", "+1 555 is not an email"),
                new UnsuccessfulRecord("contacts.csv", 3, "contact", "@SUM(A1)", "HELD", "load", "unresolved-reference",
                        "-2 companies match"),
                new UnsuccessfulRecord("contacts.csv", 4, "contact", "4", "FAILED", "load", "intercom-refused", "plain reason"));

        assertThat(RunReports.csv(rows).lines()).containsExactly(
                "file,line,object,source_id,outcome,stage,rule,reason",
                "contacts.csv,2,contact,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",REJECTED,transform,invalid-email,"
                        + "'+1 555 is not an email",
                "contacts.csv,3,contact,'@SUM(A1),HELD,load,unresolved-reference,'-2 companies match",
                "contacts.csv,4,contact,4,FAILED,load,intercom-refused,plain reason");
    }
}
