package io.github.ateraintercom.orchestrator.sample;

import io.github.ateraintercom.common.event.SampleChosen;
import io.github.ateraintercom.common.event.SampleChosen.SampleCase;
import io.github.ateraintercom.orchestrator.report.ReportTable;
import io.github.ateraintercom.orchestrator.report.RunReport;
import io.github.ateraintercom.orchestrator.run.Run;
import io.github.ateraintercom.orchestrator.run.RunKind;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * What a sample run holds and why: per file, its rows in the export and in the sample; per case that
 * breaks migrations, the records that cover it, or that the export has none, or that the sample was
 * too small to hold one.
 */
@Singleton
class SampleReport implements RunReport {

    @Override
    public String name() {
        return "sample";
    }

    @Override
    public String markdown(Run run) {
        StringBuilder out = new StringBuilder("# Sample ").append(run.id).append("\n\n");
        if (run.kind != RunKind.SAMPLE) {
            return out.append("Run ").append(run.id).append(" is a ").append(run.kind).append(" run, not a sample.\n").toString();
        }
        Optional<SampleChosen> chosen = RunSample.of(run.id);
        if (chosen.isEmpty()) {
            return out.append("Sample of run ").append(run.parentRunId).append(", ").append(run.sampleSize)
                    .append(" records of each object: not chosen yet.\n").toString();
        }
        out.append("Sample of run ").append(run.parentRunId).append(": up to ").append(chosen.get().size())
                .append(" records of each object, with what they refer to.\n\n## Per file\n\n").append(objects(chosen.get()).markdown())
                .append("\n## Cases\n\n").append(cases(chosen.get()).markdown());
        long missing = chosen.get().cases().stream().filter(sampleCase -> !sampleCase.covered()).count();
        return out.append('\n').append(missing == 0 ? "Every case is covered." : missing + " cases are not in the sample.").append('\n')
                .toString();
    }

    @Override
    public Optional<String> csv(Run run) {
        return RunSample.of(run.id).map(chosen -> cases(chosen).csv());
    }

    @Override
    public Optional<Object> json(Run run) {
        return RunSample.of(run.id).map(chosen -> chosen);
    }

    private static ReportTable objects(SampleChosen chosen) {
        ReportTable table = new ReportTable("file", "object", "rows in the export", "rows in the sample", "note");
        chosen.objects().forEach(object -> table.row(object.file(), object.objectType(), object.rowsInExport(), object.rowsInSample(),
                object.note()));
        return table;
    }

    private static ReportTable cases(SampleChosen chosen) {
        ReportTable table = new ReportTable("object", "case", "covered by");
        chosen.cases().forEach(sampleCase -> table.row(sampleCase.objectType(), sampleCase.description(), coveredBy(sampleCase)));
        return table;
    }

    private static String coveredBy(SampleCase sampleCase) {
        if (sampleCase.covered()) {
            return String.join(", ", sampleCase.records());
        }
        return sampleCase.inSource() ? "none: the sample is too small to hold one; sample again with a larger size"
                : "none: no " + sampleCase.objectType().replace('_', ' ') + " of the export is one";
    }
}
