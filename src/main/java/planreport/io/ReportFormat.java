package planreport.io;

import java.io.IOException;
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
    },
    /** An Excel workbook: read from its file (a zip is read by its directory), standard input through a private temporary copy within the file size limit. */
    XLSX(".xlsx") {
        @Override void read(InputStream in, String file, int fileIndex, Charset charset, Plan plan, Diagnostics out,
                            ReportReader.Sink sink, boolean readAhead) throws IOException {
            try (PrivateTemp tmp = PrivateTemp.copy(in, ".xlsx", XlsxGuard.MAX_FILE_BYTES)) {
                if (!tmp.complete()) out.add(XlsxGuard.tooLarge("file").in(file));
                else XlsxReader.read(tmp.path().toFile(), file, fileIndex, plan, out, sink);
            }
        }
    };

    /** A zip's first bytes: an .xlsx (or another Office Open XML file). */
    static final byte[] ZIP_MAGIC = {0x50, 0x4B, 0x03, 0x04};
    /** An OLE2 container's first bytes: the old .xls, or a password-protected workbook. */
    static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    static boolean starts(byte[] head, int n, byte[] magic) {
        if (n < magic.length) return false;
        for (int i = 0; i < magic.length; i++) if (head[i] != magic[i]) return false;
        return true;
    }

    private final String extension;

    ReportFormat(String extension) { this.extension = extension; }

    /** ".csv": how a file of this format is named. */
    public String extension() { return extension; }

    /** Streams the rows of one file into {@code sink}; reading problems become diagnostics in {@code out}. */
    abstract void read(InputStream in, String file, int fileIndex, Charset charset, Plan plan, Diagnostics out,
                       ReportReader.Sink sink, boolean readAhead) throws IOException;

    /** The format a file name says (by its extension, any case), or null when none does. */
    public static ReportFormat of(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        for (ReportFormat f : values()) if (n.endsWith(f.extension)) return f;
        return null;
    }
}
