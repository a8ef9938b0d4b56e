package planreport.render.docx;

import planreport.model.LayoutProfile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * XHTML to an editable Word document, its XML written directly (the bytes Apache POI's XWPF wrote for it
 * before, without POI's XML layer, whose start-up was most of a short run's Word file). The input is the XHTML the PDF gets
 * (templates/report.ftlx, or a letter's template with the same vocabulary, see {@link DocxWriter});
 * the page, fonts and element styles come from the layout profile and become real Word
 * styles, defined once. The output depends on its inputs only: fixed document dates, no user name,
 * no random ids, zip entries in a fixed order with a fixed time.
 *
 * <p>Usage, for any document in the shared vocabulary:
 * {@code Docx.write(xhtml, Layout.load(templatesDirOrNull).profile(), new DocProps(title, subject, "vi", asOf), out)}.
 */
public final class Docx {
    private Docx() {}

    /** Writes {@code xhtml} as a .docx to {@code out}; an IOException for XHTML that is not well-formed. */
    public static void write(String xhtml, LayoutProfile layout, DocProps props, OutputStream out) throws IOException {
        write(xhtml, layout, props, out, java.util.Map.of());
    }

    /** {@link #write(String, LayoutProfile, DocProps, OutputStream)} with {@code images} (name → PNG) that an {@code <img src="name">} shows. */
    public static void write(String xhtml, LayoutProfile layout, DocProps props, OutputStream out, java.util.Map<String, byte[]> images) throws IOException {
        Document dom = parse(xhtml);
        Element html = dom.getDocumentElement();
        String lang = layout.languageFor(props.lang() != null ? props.lang() : html.getAttribute("lang"));
        Element body = DocxWriter.child(html, "body");
        DocxWriter writer = new DocxWriter(layout, images);
        writer.write(body == null ? html : body);
        out.write(zip(parts(writer, layout, props, lang), props));
    }

    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", STANDALONE = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/", CT = "application/vnd.openxmlformats-officedocument.";

    /**
     * The parts of the package by name, as Apache POI wrote them for this document before (its XML layer,
     * XMLBeans, for the Word parts and the custom and application properties; its own writer for the content
     * types, relationships and core properties): a new document's parts (settings, styles, numbering), the
     * pictures, the headers that number the pages, and the properties.
     */
    private static java.util.Map<String, byte[]> parts(DocxWriter writer, LayoutProfile layout, DocProps props, String lang) {
        java.util.Map<String, byte[]> parts = new java.util.HashMap<>();
        LayoutProfile.Page p = layout.page();
        List<byte[]> media = writer.media();
        // the document's relationships: settings, styles, numbering, the pictures, then the headers
        StringBuilder rels = new StringBuilder(STANDALONE).append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        relationship(rels, 1, "settings.xml", REL + "settings");
        relationship(rels, 2, "styles.xml", REL + "styles");
        relationship(rels, 3, "numbering.xml", REL + "numbering");
        for (int i = 0; i < media.size(); i++) {
            relationship(rels, 4 + i, "media/image" + (i + 1) + ".png", REL + "image");
            parts.put("word/media/image" + (i + 1) + ".png", media.get(i));
        }
        int headers = !p.pageNumber() ? 0 : p.pageNumberFirstPage() ? 1 : 2, headerRel = 4 + media.size();
        for (int i = 1; i <= headers; i++) relationship(rels, headerRel + i - 1, "header" + i + ".xml", REL + "header");
        parts.put("word/_rels/document.xml.rels", utf8(rels.append("</Relationships>")));
        if (headers > 0) {
            String number = "<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>2</w:t></w:r></w:fldSimple>";
            parts.put("word/header1.xml", utf8(header(number)));
            if (headers == 2) parts.put("word/header2.xml", utf8(header("")));
        }

        StringBuilder doc = new StringBuilder(XML.length() + 4096).append(XML).append("<w:document xmlns:w=\"").append(DocxStyles.W).append('"');
        if (writer.hasPictures()) doc.append(" xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"");
        if (writer.hasPictures() || headers > 0) doc.append(" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"");
        doc.append("><w:body>");
        writer.bodyXml(doc);
        // the section: paper, margins, and the page number centred at the top from page 2 (a first-page header left empty)
        doc.append("<w:sectPr>");
        if (headers > 0) doc.append("<w:headerReference w:type=\"default\" r:id=\"rId").append(headerRel).append("\"/>");
        if (headers > 1) doc.append("<w:headerReference w:type=\"first\" r:id=\"rId").append(headerRel + 1).append("\"/>");
        doc.append("<w:pgSz w:w=\"").append(DocxStyles.twips(p.widthMm())).append("\" w:h=\"").append(DocxStyles.twips(p.heightMm()))
                .append("\" w:orient=\"portrait\"/><w:pgMar w:top=\"").append(DocxStyles.twips(p.top())).append("\" w:bottom=\"").append(DocxStyles.twips(p.bottom()))
                .append("\" w:left=\"").append(DocxStyles.twips(p.left())).append("\" w:right=\"").append(DocxStyles.twips(p.right())).append("\" w:header=\"")
                .append(DocxStyles.twips(p.pageNumberFromTopMm())).append("\" w:footer=\"").append(DocxStyles.twips(10)).append("\" w:gutter=\"0\"/>");
        if (headers > 1) doc.append("<w:titlePg w:val=\"on\"/>");
        doc.append("</w:sectPr></w:body></w:document>");
        parts.put("word/document.xml", utf8(doc));

        parts.put("word/styles.xml", utf8(XML + declarationLess(DocxStyles.styles(layout, lang))));
        parts.put("word/numbering.xml", utf8(XML + declarationLess(DocxStyles.numbering(layout))));
        // Word's settings: lines ended by a kept line break (.pre) are not stretched to the full width in
        // justified paragraphs, as in the PDF; the theme's language is that of the text
        parts.put("word/settings.xml", utf8(XML + "<w:settings xmlns:w=\"" + DocxStyles.W + "\"><w:compat><w:doNotExpandShiftReturn/></w:compat><w:themeFontLang w:val=\""
                + DocxXml.attr(lang) + "\"/></w:settings>"));
        // title, subject and language; created and modified at the document's date, midnight UTC; no author
        parts.put("docProps/app.xml", utf8(XML + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>plan-report</Application></Properties>"));
        StringBuilder core = new StringBuilder(STANDALONE).append("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" ")
                .append("xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");
        String when = props.date() == null ? null : props.date() + "T00:00:00Z";
        if (when != null) core.append("<dcterms:created xsi:type=\"dcterms:W3CDTF\">").append(when).append("</dcterms:created>");
        core.append("<dc:language>");
        DocxXml.coreText(core, lang);
        core.append("</dc:language>");
        if (when != null) core.append("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">").append(when).append("</dcterms:modified>");
        if (props.subject() != null) DocxXml.coreText(core.append("<dc:subject>"), props.subject());
        if (props.subject() != null) core.append("</dc:subject>");
        if (props.title() != null) DocxXml.coreText(core.append("<dc:title>"), props.title());
        if (props.title() != null) core.append("</dc:title>");
        parts.put("docProps/core.xml", utf8(core.append("</cp:coreProperties>")));
        if (props.manifest() != null) {
            StringBuilder custom = new StringBuilder(XML).append("<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\" ")
                    .append("xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\"><property pid=\"2\" ")
                    .append("fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" name=\"PlanReportManifest\"><vt:lpwstr>");
            DocxXml.text(custom, props.manifest().text());
            parts.put("docProps/custom.xml", utf8(custom.append("</vt:lpwstr></property></Properties>")));
        }

        StringBuilder pkg = new StringBuilder(STANDALONE).append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        relationship(pkg, 1, "word/document.xml", REL + "officeDocument");
        relationship(pkg, 2, "docProps/app.xml", REL + "extended-properties");
        if (props.manifest() != null) relationship(pkg, 3, "docProps/custom.xml", REL + "custom-properties");
        relationship(pkg, props.manifest() != null ? 4 : 3, "docProps/core.xml", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties");
        parts.put("_rels/.rels", utf8(pkg.append("</Relationships>")));

        StringBuilder types = new StringBuilder(STANDALONE).append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">");
        if (!media.isEmpty()) types.append("<Default ContentType=\"image/png\" Extension=\"png\"/>");
        types.append("<Default ContentType=\"application/vnd.openxmlformats-package.relationships+xml\" Extension=\"rels\"/>")
                .append("<Default ContentType=\"application/xml\" Extension=\"xml\"/>");
        override(types, CT + "extended-properties+xml", "/docProps/app.xml");
        override(types, "application/vnd.openxmlformats-package.core-properties+xml", "/docProps/core.xml");
        if (props.manifest() != null) override(types, CT + "custom-properties+xml", "/docProps/custom.xml");
        override(types, CT + "wordprocessingml.document.main+xml", "/word/document.xml");
        for (int i = 1; i <= headers; i++) override(types, CT + "wordprocessingml.header+xml", "/word/header" + i + ".xml");
        override(types, CT + "wordprocessingml.numbering+xml", "/word/numbering.xml");
        override(types, CT + "wordprocessingml.settings+xml", "/word/settings.xml");
        override(types, CT + "wordprocessingml.styles+xml", "/word/styles.xml");
        parts.put("[Content_Types].xml", utf8(types.append("</Types>")));
        return parts;
    }

    private static StringBuilder header(String content) {
        return new StringBuilder(XML).append("<w:hdr xmlns:w=\"").append(DocxStyles.W).append("\"><w:p><w:pPr><w:pStyle w:val=\"").append(DocxStyles.HEADER)
                .append("\"/></w:pPr>").append(content).append("</w:p></w:hdr>");
    }

    private static void relationship(StringBuilder b, int id, String target, String type) {
        b.append("<Relationship Id=\"rId").append(id).append("\" Target=\"").append(target).append("\" Type=\"").append(type).append("\"/>");
    }

    private static void override(StringBuilder b, String type, String part) {
        b.append("<Override ContentType=\"").append(type).append("\" PartName=\"").append(part).append("\"/>");
    }

    /** The XML of styles.xml or numbering.xml without its declaration (the part's own is written before it). */
    private static String declarationLess(String xml) {
        return xml.startsWith("<?xml") ? xml.substring(xml.indexOf("?>") + 2).stripLeading() : xml;
    }

    private static byte[] utf8(CharSequence s) { return s.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8); }

    private static Document parse(String xhtml) throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setExpandEntityReferences(false);
            f.setXIncludeAware(false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            var builder = f.newDocumentBuilder();
            builder.setErrorHandler(null);
            builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            return builder.parse(new InputSource(new StringReader(xhtml)));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        } catch (SAXException e) {
            throw new IOException("the XHTML is not well-formed: " + e.getMessage(), e);
        }
    }

    /**
     * The package: its parts in name order ([Content_Types].xml and the package's relationships first), each
     * deflated at level 6 with one fixed time (the document's date, or 1980-01-01), so equal inputs give equal bytes.
     */
    static byte[] zip(java.util.Map<String, byte[]> parts, DocProps props) throws IOException {
        TreeMap<String, byte[]> entries = new TreeMap<>((a, b) -> {
            int ra = rank(a), rb = rank(b);
            return ra != rb ? Integer.compare(ra, rb) : a.compareTo(b);
        });
        entries.putAll(parts);
        java.time.LocalDateTime time = props.date() == null ? java.time.LocalDateTime.of(1980, 1, 1, 0, 0) : props.date().atStartOfDay();
        int size = 0;
        for (byte[] b : parts.values()) size += b.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream(size / 4 + 1024);
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.setLevel(6);
            for (var e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTimeLocal(time);
                z.putNextEntry(entry);
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static int rank(String name) {
        return name.equals("[Content_Types].xml") ? 0 : name.equals("_rels/.rels") ? 1 : 2;
    }

    /** The style ids the converter uses, for tests and for documentation. */
    static List<String> styleIds() { return new ArrayList<>(DocxStyles.NAMES.keySet()); }
}
