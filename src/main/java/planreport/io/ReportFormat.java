package planreport.io;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Locale;
import planreport.check.Diagnostics;
import planreport.model.Plan;

/**
 * The file formats unit reports are read from, side by side: each names the extension it is known
 * by (a folder given as REPORT is read for files with these) and the reader that streams its rows.
 * A new input format is a new constant here and its reader beside {@link ReportReader}.
 */
public enum ReportFormat {
    CSV(".csv") {
        @Override void read(InputStream in, String file, int fileIndex, Charset charset, Plan plan, Diagnostics out,
                            ReportReader.Sink sink, boolean readAhead) {
            ReportReader.read(in, file, fileIndex, charset, plan, out, sink, readAhead);
        }
    };

    private final String extension;

    ReportFormat(String extension) { this.extension = extension; }

    /** ".csv": how a file of this format is named. */
    public String extension() { return extension; }

    /** Streams the rows of one file into {@code sink}; reading problems become diagnostics in {@code out}. */
    abstract void read(InputStream in, String file, int fileIndex, Charset charset, Plan plan, Diagnostics out,
                       ReportReader.Sink sink, boolean readAhead);

    /** The format a file name says (by its extension, any case), or null when none does. */
    public static ReportFormat of(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        for (ReportFormat f : values()) if (n.endsWith(f.extension)) return f;
        return null;
    }
}
