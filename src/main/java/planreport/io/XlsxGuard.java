package planreport.io;

import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import planreport.check.Code;
import planreport.check.Diagnostic;

/**
 * A report workbook comes from anyone: its zip is opened within limits, its XML read by a parser
 * that refuses a DOCTYPE, and whatever fails on the way becomes a diagnostic a user can act on.
 */
final class XlsxGuard {
    /** No part of a report workbook expands beyond this (a sheet of a million rows is ~200 MB). */
    static final long MAX_ENTRY_BYTES = 512L << 20;

    private XlsxGuard() {}

    /** POI's zip limits are global: set before the first workbook is opened (setting them again changes nothing). */
    static void limitZips() {
        // an entry inflating more than 100-fold is a zip bomb (POI's default), however small
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxTextSize(MAX_ENTRY_BYTES / 2);
    }

    /** What went wrong with the workbook, as a user can act on it. */
    static Diagnostic problem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("Zip bomb") || m.contains("max entry size") || m.contains("MaxEntrySize") || m.contains("text size")
                    || m.contains("max text size") || m.contains(ZipSecureFile.MAX_FILE_COUNT_MSG)) {
                return Diagnostic.of(Code.WORKBOOK, "too-large").with("detail", firstLine(m));
            }
            if (m.contains("DOCTYPE") || m.contains("DTD") || m.contains("ENTITY") || m.contains("entity")) {
                return Diagnostic.of(Code.WORKBOOK, "unsafe");
            }
            if (t instanceof NotOfficeXmlFileException || m.contains("No valid entries or contents found")
                    || m.contains("not a valid OOXML") || m.contains("Zip File is closed") || m.contains("Archive is not a ZIP")) {
                return Diagnostic.of(Code.WORKBOOK, "not-xlsx");
            }
        }
        return Diagnostic.of(Code.WORKBOOK, "unreadable").with("detail", firstLine(String.valueOf(e.getMessage())));
    }

    private static String firstLine(String m) {
        int nl = m.indexOf('\n');
        String s = nl < 0 ? m : m.substring(0, nl);
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    /** The SAX parser could not be set up: unchecked, so a content handler's caller can turn it into a SAXException. */
    static final class ParserConfigurationFailure extends RuntimeException {
        ParserConfigurationFailure(String m) { super(m); }
    }

    /** POI's hardened SAX parser: no DOCTYPE, no external entities. */
    static XMLReader secureReader() throws SAXException {
        try {
            return XMLHelper.newXMLReader();
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new ParserConfigurationFailure(e.getMessage());
        }
    }
}
