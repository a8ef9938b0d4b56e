package planreport.render.docx;

import planreport.model.LayoutProfile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.math.BigInteger;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSettings;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * XHTML to an editable Word document with Apache POI (XWPF). The input is the XHTML the PDF gets
 * (templates/report.ftlx, or a letter's template with the same vocabulary, see {@link DocxWriter});
 * the page, fonts and element styles come from the layout profile and become real Word
 * styles, defined once. The output depends on its inputs only: fixed document dates, no user name,
 * no random ids, zip entries in a fixed order with a fixed time.
 *
 * <p>Usage, for any document in the shared vocabulary:
 * {@code Docx.write(xhtml, Layout.load(templatesDirOrNull).profile(), new DocProps(title, subject, "vi", asOf), out)}.
 */
final class PoiDocx {
    private PoiDocx() {}

    /** Writes {@code xhtml} as a .docx to {@code out}; an IOException for XHTML that is not well-formed or a POI failure. */
    public static void write(String xhtml, LayoutProfile layout, DocProps props, OutputStream out) throws IOException {
        write(xhtml, layout, props, out, java.util.Map.of());
    }

    /** {@link #write(String, LayoutProfile, DocProps, OutputStream)} with {@code images} (name → PNG) that an {@code <img src="name">} shows. */
    public static void write(String xhtml, LayoutProfile layout, DocProps props, OutputStream out, java.util.Map<String, byte[]> images) throws IOException {
        Document dom = parse(xhtml);
        Element html = dom.getDocumentElement();
        String lang = layout.languageFor(props.lang() != null ? props.lang() : html.getAttribute("lang"));
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createStyles().setStyles(StylesDocument.Factory.parse(DocxStyles.styles(layout, lang)).getStyles());
            doc.createNumbering().setNumbering(NumberingDocument.Factory.parse(DocxStyles.numbering(layout)).getNumbering());
            Element body = PoiDocxWriter.child(html, "body");
            new PoiDocxWriter(doc, layout, images).write(body == null ? html : body);
            page(doc, layout);
            settings(doc, lang);
            properties(doc, props, lang);
            doc.write(raw);
        } catch (XmlException e) {
            throw new IOException("docx styles: " + e.getMessage(), e);
        }
        out.write(normalise(raw.toByteArray(), props));
    }

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

    /** Paper, margins, and the page number centred at the top from page 2 (a first-page header left empty). */
    private static void page(XWPFDocument doc, LayoutProfile layout) {
        LayoutProfile.Page p = layout.page();
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(DocxStyles.twips(p.widthMm())));
        size.setH(BigInteger.valueOf(DocxStyles.twips(p.heightMm())));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(DocxStyles.twips(p.top())));
        mar.setBottom(BigInteger.valueOf(DocxStyles.twips(p.bottom())));
        mar.setLeft(BigInteger.valueOf(DocxStyles.twips(p.left())));
        mar.setRight(BigInteger.valueOf(DocxStyles.twips(p.right())));
        mar.setHeader(BigInteger.valueOf(DocxStyles.twips(p.pageNumberFromTopMm())));
        mar.setFooter(BigInteger.valueOf(DocxStyles.twips(10)));
        mar.setGutter(BigInteger.ZERO);
        if (!p.pageNumber()) return;
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph number = header.getParagraphs().isEmpty() ? header.createParagraph() : header.getParagraphs().get(0);
        number.setStyle(DocxStyles.HEADER);
        CTSimpleField field = number.getCTP().addNewFldSimple();
        field.setInstr(" PAGE ");
        field.addNewR().addNewT().setStringValue("2");
        if (!p.pageNumberFirstPage()) {
            XWPFHeader first = doc.createHeader(HeaderFooterType.FIRST);
            XWPFParagraph empty = first.getParagraphs().isEmpty() ? first.createParagraph() : first.getParagraphs().get(0);
            empty.setStyle(DocxStyles.HEADER);
            if (!sect.isSetTitlePg()) sect.addNewTitlePg();
        }
    }

    /**
     * Word's settings: lines ended by a kept line break (.pre) are not stretched to the full width in
     * justified paragraphs, as in the PDF; the theme's language is that of the text.
     */
    private static void settings(XWPFDocument doc, String lang) {
        for (var part : doc.getRelations()) {
            if (!(part instanceof XWPFSettings settings)) continue;
            org.w3c.dom.Node root = settings.getCTSettings().getDomNode();
            org.w3c.dom.Document owner = root.getOwnerDocument();
            org.w3c.dom.Element compat = owner.createElementNS(DocxStyles.W, "w:compat");
            compat.appendChild(owner.createElementNS(DocxStyles.W, "w:doNotExpandShiftReturn"));
            root.appendChild(compat);
            org.w3c.dom.Element font = owner.createElementNS(DocxStyles.W, "w:themeFontLang");
            font.setAttributeNS(DocxStyles.W, "w:val", lang);
            root.appendChild(font);
        }
    }

    /** Title, subject and language; created and modified at the document's date, midnight UTC; no author. */
    private static void properties(XWPFDocument doc, DocProps props, String lang) {
        PackagePropertiesPart core = doc.getProperties().getCoreProperties().getUnderlyingProperties();
        core.setTitleProperty(Optional.ofNullable(props.title()));
        core.setSubjectProperty(Optional.ofNullable(props.subject()));
        core.setLanguageProperty(Optional.of(lang));
        core.setCreatorProperty(Optional.empty());
        core.setLastModifiedByProperty(Optional.empty());
        Optional<Date> when = props.date() == null ? Optional.empty()
                : Optional.of(Date.from(props.date().atStartOfDay().toInstant(ZoneOffset.UTC)));
        core.setCreatedProperty(when);
        core.setModifiedProperty(when);
        doc.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication("plan-report");
        if (props.manifest() != null) doc.getProperties().getCustomProperties().addProperty("PlanReportManifest", props.manifest().text());
    }

    /**
     * The package POI wrote, rewritten with its entries in name order ([Content_Types].xml first)
     * and one fixed time (the document's date, or 1980-01-01), so equal inputs give equal bytes.
     */
    static byte[] normalise(byte[] zip, DocProps props) throws IOException {
        TreeMap<String, byte[]> entries = new TreeMap<>((a, b) -> {
            int ra = rank(a), rb = rank(b);
            return ra != rb ? Integer.compare(ra, rb) : a.compareTo(b);
        });
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) if (!e.isDirectory()) entries.put(e.getName(), in.readAllBytes());
        }
        java.time.LocalDateTime time = props.date() == null ? java.time.LocalDateTime.of(1980, 1, 1, 0, 0) : props.date().atStartOfDay();
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
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
