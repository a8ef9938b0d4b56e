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
            viaFile(in, ".xlsx", file, out, f -> XlsxReader.read(f, file, fileIndex, plan, out, sink));
        }
    },
    /** An old Excel workbook (.xls, BIFF8): the same rules, through POI's HSSF. */
    XLS(".xls") {
        @Override void read(InputStream in, String file, int fileIndex, Charset charset, Plan plan, Diagnostics out,
                            ReportReader.Sink sink, boolean readAhead) throws IOException {
            viaFile(in, ".xls", file, out, f -> XlsReader.read(f, file, fileIndex, plan, out, sink));
        }
    },
    /** An OpenDocument spreadsheet (.ods, LibreOffice's default): the same rules, its XML streamed. */
    ODS(".ods") {
        @Override void read(InputStream in, String file, int fileIndex, Charset charset, Plan plan, Diagnostics out,
                            ReportReader.Sink sink, boolean readAhead) throws IOException {
            viaFile(in, ".ods", file, out, f -> OdsReader.read(f, file, fileIndex, plan, out, sink));
        }
    };

    /** A workbook's reader, given the workbook as a file. */
    private interface FileReader {
        long read(java.io.File f);
    }

    /**
     * A workbook given as a stream (standard input) is read through a private temporary copy (mode 0600,
     * removed after, even on SIGINT), bounded by the workbook file limit ({@link XlsxGuard#MAX_FILE_BYTES}).
     */
    private static void viaFile(InputStream in, String suffix, String file, Diagnostics out, FileReader reader) throws IOException {
        try (PrivateTemp tmp = PrivateTemp.copy(in, suffix, XlsxGuard.MAX_FILE_BYTES)) {
            if (!tmp.complete()) out.add(XlsxGuard.tooLarge("file").in(file));
            else reader.read(tmp.path().toFile());
        }
    }

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

    /** Whether this format is a workbook (read from a file, by sheet and cell). */
    public boolean workbook() { return this != CSV; }
}
