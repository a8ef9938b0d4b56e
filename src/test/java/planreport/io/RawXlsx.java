package planreport.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A workbook written part by part, as scripts and hostile hands write them: the sheet's XML as given
 * (cells with {@code t}, {@code s}, formulas, row numbers Excel never writes), so every case of the
 * hostile corpus states the XML it is about.
 */
final class RawXlsx {
    /** A report header in row 1 (A–H), the columns the form has. */
    static final String HEADER_ROW = row(1, "Đơn vị", "Kỳ báo cáo", "Nhiệm vụ", "Tình trạng", "Tiến độ", "Ngày hoàn thành", "Ngày báo cáo", "Kết quả");

    private final Map<String, byte[]> parts = new LinkedHashMap<>();
    private final List<String[]> sheets = new ArrayList<>(); // name, state
    private boolean stored;

    /** Inline-string cells for row {@code r}, from column A. */
    static String row(int r, String... values) {
        StringBuilder b = new StringBuilder("<row r=\"" + r + "\">");
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) continue;
            b.append("<c r=\"").append((char) ('A' + i)).append(r).append("\" t=\"inlineStr\"><is><t>").append(esc(values[i])).append("</t></is></c>");
        }
        return b.append("</row>").toString();
    }

    /** A valid report row of Bình Sơn for 2022-Q1 on task 6.1 in row {@code r}. */
    static String reportRow(int r) {
        return row(r, "Huyện ủy Bình Sơn", "2022-Q1", "6.1", "Đang thực hiện", "50", null, "2022-04-10", "Đã triển khai");
    }

    static String esc(String s) { return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"); }

    /** Adds a sheet with this sheetData inner XML and anything after it (merged ranges). */
    RawXlsx sheet(String name, String rows, String after) {
        return sheet(name, null, rows, after);
    }

    RawXlsx sheet(String name, String state, String rows, String after) {
        int n = sheets.size() + 1;
        sheets.add(new String[] {name, state});
        parts.put("xl/worksheets/sheet" + n + ".xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + rows + "</sheetData>"
                + (after == null ? "" : after) + "</worksheet>"));
        return this;
    }

    /** The shared strings table with these entries (raw si inner XML each). */
    RawXlsx sharedStrings(String... si) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\""
                + si.length + "\" uniqueCount=\"" + si.length + "\">");
        for (String s : si) b.append("<si>").append(s).append("</si>");
        parts.put("xl/sharedStrings.xml", utf8(b.append("</sst>").toString()));
        return this;
    }

    /** A styles part whose cell style 1 is a date (dd/mm/yyyy) and 2 a percentage. */
    RawXlsx dateStyles() {
        parts.put("xl/styles.xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></numFmts>"
                + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                + "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
                + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + "<xf numFmtId=\"9\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
                + "</styleSheet>"));
        return this;
    }

    /** Any part, as given (a duplicate name is written twice). */
    RawXlsx part(String name, byte[] content) {
        parts.put(name, content);
        return this;
    }

    /** Entries stored, not deflated: their bytes can be changed in place, the CRC left as it was. */
    RawXlsx stored() {
        stored = true;
        return this;
    }

    byte[] bytes() throws IOException { return bytes(true, List.of()); }

    /** The zip; without the workbook part when {@code withWorkbook} is false; {@code extra} entries appended as given (names may repeat). */
    byte[] bytes(boolean withWorkbook, List<Map.Entry<String, byte[]>> extra) throws IOException {
        Map<String, byte[]> all = new LinkedHashMap<>();
        StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
        StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        StringBuilder wb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
        for (int i = 0; i < sheets.size(); i++) {
            int n = i + 1;
            types.append("<Override PartName=\"/xl/worksheets/sheet").append(n)
                    .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            rels.append("<Relationship Id=\"rId").append(n).append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet")
                    .append(n).append(".xml\"/>");
            wb.append("<sheet name=\"").append(esc(sheets.get(i)[0])).append("\" sheetId=\"").append(n).append("\" r:id=\"rId").append(n).append('"')
                    .append(sheets.get(i)[1] == null ? "" : " state=\"" + sheets.get(i)[1] + "\"").append("/>");
        }
        if (parts.containsKey("xl/sharedStrings.xml")) {
            types.append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
            rels.append("<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>");
        }
        if (parts.containsKey("xl/styles.xml")) {
            types.append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
            rels.append("<Relationship Id=\"rIdT\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
        }
        all.put("[Content_Types].xml", utf8(types.append("</Types>").toString()));
        all.put("_rels/.rels", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"));
        if (withWorkbook) {
            all.put("xl/workbook.xml", utf8(wb.append("</sheets></workbook>").toString()));
            all.put("xl/_rels/workbook.xml.rels", utf8(rels.append("</Relationships>").toString()));
        }
        all.putAll(parts);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var e : all.entrySet()) put(zip, e.getKey(), e.getValue());
            for (var e : extra) put(zip, e.getKey(), e.getValue());
        }
        return out.toByteArray();
    }

    private void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry e = new ZipEntry(name);
        if (stored) {
            e.setMethod(ZipEntry.STORED);
            e.setSize(content.length);
            CRC32 crc = new CRC32();
            crc.update(content);
            e.setCrc(crc.getValue());
        }
        zip.putNextEntry(e);
        zip.write(content);
        zip.closeEntry();
    }

    static byte[] utf8(String s) { return s.getBytes(StandardCharsets.UTF_8); }
}
