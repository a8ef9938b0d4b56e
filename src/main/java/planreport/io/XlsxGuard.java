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

    /**
     * A workbook file larger than this is not opened, from a folder or from standard input alike (a
     * sheet of a million report rows is about 50 MB zipped).
     */
    static final long MAX_FILE_BYTES = 256L << 20;

    /** The limit a workbook passed ({@code what}: "file", "part", "parts"), in words a user can compare with the file. */
    static Diagnostic tooLarge(String what) {
        return switch (what) {
            case "file" -> Diagnostic.of(Code.WORKBOOK, "file-too-large").with("limit", (MAX_FILE_BYTES >> 20) + " MB");
            case "parts" -> Diagnostic.of(Code.WORKBOOK, "too-many-parts").with("limit", ZipSecureFile.getMaxFileCount());
            default -> Diagnostic.of(Code.WORKBOOK, "too-large").with("limit", (MAX_ENTRY_BYTES >> 20) + " MB");
        };
    }

    /**
     * What went wrong with the workbook, as a user can act on it: one text per kind of damage, never
     * the parser's own words (English, and often carrying the file's path).
     */
    static Diagnostic problem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof XlsxSheet.Damaged) return Diagnostic.of(Code.WORKBOOK, "damaged");
            if (t instanceof XlsxStrings.TooLarge) return tooLarge("part");
            String m = String.valueOf(t.getMessage());
            if (m.contains(ZipSecureFile.MAX_FILE_COUNT_MSG) || m.contains("more internal file entries")) return tooLarge("parts");
            if (m.contains("Zip bomb") || m.contains("max entry size") || m.contains("MaxEntrySize") || m.contains("text size")
                    || m.contains("max text size")) {
                return tooLarge("part");
            }
            if (m.contains("DOCTYPE") || m.contains("DTD") || m.contains("ENTITY") || m.contains("entity")) {
                return Diagnostic.of(Code.WORKBOOK, "unsafe");
            }
            if (m.contains("duplicate") || m.contains("more than 1 entry") || m.contains("more than one entry")) {
                return Diagnostic.of(Code.WORKBOOK, "duplicate-parts");
            }
            if (t instanceof NotOfficeXmlFileException || m.contains("No valid entries or contents found")
                    || m.contains("not a valid OOXML") || m.contains("Archive is not a ZIP")) {
                return Diagnostic.of(Code.WORKBOOK, "not-xlsx");
            }
        }
        // a truncated zip, a part that is not well-formed XML, a relationship to nowhere: damaged, whatever POI's words
        return Diagnostic.of(Code.WORKBOOK, "damaged");
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
