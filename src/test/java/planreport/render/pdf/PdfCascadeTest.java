package planreport.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xhtmlrenderer.context.StyleReference;
import org.xhtmlrenderer.css.newmatch.CascadedStyle;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * Each element of a part gets the cascaded style Flying Saucer matches for it, whether it is known by its
 * place ({@link PdfCascade}) or matched against every selector; and the long tables' rows are matched once.
 */
class PdfCascadeTest {
    /** Fingerprints of the cascaded style, and of each pseudo-element's, of every element of {@code xhtml}, as {@code css} gives them. */
    private static List<String> styles(String xhtml, StyleReference css) throws IOException {
        ITextRenderer r = new ITextRenderer();
        if (css != null) r.getSharedContext().setCss(css);
        org.w3c.dom.Document dom = PdfResources.parse(xhtml);
        r.setDocument(dom, "about:blank");
        List<String> out = new ArrayList<>();
        walk(dom.getDocumentElement(), r.getSharedContext().getCss(), out);
        return out;
    }

    private static void walk(Element e, StyleReference css, List<String> out) {
        out.add(e.getNodeName() + " " + css.getCascadedStyle(e, false).getFingerprint());
        for (String pe : new String[] {"before", "after", "first-line", "first-letter"}) {
            CascadedStyle s = css.getPseudoElementStyle(e, pe);
            out.add(pe + " " + (s == null ? "none" : s.getFingerprint()));
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) if (n instanceof Element c) walk(c, css, out);
    }

    private static PdfCascade cascade() {
        return new PdfCascade(new ITextRenderer().getSharedContext().getUserAgentCallback());
    }

    @Test
    void everyElementGetsTheStyleFlyingSaucerMatches() throws IOException {
        // the review-like document, with selectors on descendants, children, classes, ids, attributes and pseudo-elements
        String xhtml = PdfPartsTest.document().replace("</style>", """
                table.data > tbody > tr > td { color: #333; }
                div.appendix td[class] { font-style: italic; }
                h3[id="t1"] { color: red; } #t1 { font-weight: normal; }
                p.task-head b:before { content: "> "; } p.task-head:first-line { font-size: 13pt; }
                </style>""").replace("<h3>1. Task 1</h3>", "<h3 id=\"t1\">1. Task 1</h3>")
                .replace("<td>Body 1.3</td>", "<td class=\"x\">Body 1.3</td>");
        PdfCascade cascade = cascade();
        List<String> byPlace = styles(xhtml, cascade);
        assertEquals(styles(xhtml, null), byPlace);
        int[] counts = cascade.counts();
        assertTrue(counts[1] > 2000, "every element asked for: " + counts[1]);
        assertTrue(counts[0] < 60, "the rows matched once a place: " + counts[0] + " of " + counts[1]);
    }

    /** A selector that looks at siblings: every element is matched, as Flying Saucer matches it. */
    @Test
    void aSelectorOnSiblingsMatchesEachElement() throws IOException {
        for (String rule : new String[] {"table.data tr:first-child td { color: red; }", "tr:nth-child(2n+1) { color: blue; }",
                "h3 + p { color: green; }", "td:last-child { color: gray; }"}) {
            String xhtml = PdfPartsTest.document().replace("</style>", rule + "\n</style>");
            PdfCascade cascade = cascade();
            assertEquals(styles(xhtml, null), styles(xhtml, cascade), rule);
            int[] counts = cascade.counts();
            assertEquals(0, counts[1], "not known by place: " + rule);
        }
    }
}
