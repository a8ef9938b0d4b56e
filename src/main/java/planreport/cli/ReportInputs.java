package planreport.cli;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import planreport.check.Diagnostics;
import planreport.io.Source;

/** The options of every command that reads unit reports: which files, in what encoding, judged on what day. */
final class ReportInputs {
    @Option(names = "--as-of", paramLabel = "DATE", description = "The day deadlines and due dates are judged on (YYYY-MM-DD; default: today).")
    String asOf;

    @Option(names = "--encoding", paramLabel = "NAME", defaultValue = "UTF-8", description = "Encoding of the reports (default: ${DEFAULT-VALUE}; Vietnamese Excel's plain CSV is windows-1258).")
    String encoding;

    @Parameters(paramLabel = "REPORT", arity = "0..*", description = "Report CSV files, directories (their *.csv files, in name order), or - for standard input.")
    List<String> reports = new ArrayList<>();

    LocalDate asOf(CommandLine cl) { return Common.asOf(asOf, cl); }

    Charset charset(CommandLine cl) { return Common.charset(encoding, cl); }

    /** The sources to read, or null (with an input diagnostic for each) when one cannot be read at all. */
    List<Source> sources(Diagnostics ds) { return Inputs.expand(reports, ds); }
}
