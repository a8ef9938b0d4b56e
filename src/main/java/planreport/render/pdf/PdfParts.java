package planreport.render.pdf;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xhtmlrenderer.css.newmatch.PageInfo;
import org.xhtmlrenderer.extend.UserAgentCallback;
import org.xhtmlrenderer.render.Box;
import org.xhtmlrenderer.render.PageBox;

/**
 * A long document cut into parts that Flying Saucer lays out one at a time. Its renderer lays out the
 * whole box tree of a document before it paints the first page, and that tree is what a long PDF's
 * memory is: a country's review (10,000 units, 2,800 pages) held 450 MB of boxes. Here the document's
 * body is read as a row of leaves (a table's rows, and every other block of the body or of a
 * {@code div} in it), and a part of at most {@link #LEAVES} leaves is laid out alone. Its pages are
 * written up to a clean page top, at least a page before the part's end (content near an end cut
 * short may be laid out otherwise than in the whole), and the next part starts with the leaf at the
 * top of the first page not written. A clean page top is one that starts with
 * <ul>
 * <li>a row continuing a table: the next part opens the same table (its heading rows repeated, as
 *     a continued table's page repeats them, and no space above it) and the containers around it
 *     (no space or forced break above them), so the page looks as it does in the whole document;</li>
 * <li>or a block the style sheet puts on a new page ({@code page-break-before: always}, as each
 *     appendix), which starts its part as it started its page.</li>
 * </ul>
 * A table whose heading row gives every column a width in percent is laid out with those widths
 * ({@code table-layout: fixed}, {@link #widthsGiven}) in every part it is in.
 * The page number goes on (each part's first page is styled as the page it is in the whole
 * document: {@code :first} only for the document's first page, {@code :left}/{@code :right} by its
 * place), and the outline keeps each heading once. A document of up to twice {@link #LEAVES} leaves
 * is laid out whole, as before.
 */
final class PdfParts {
    private PdfParts() {}

    /** The most leaves a part is laid out with (about 110 pages of an appendix's rows). */
    static final int LEAVES = 1000;

    /** A block of the body (or a row of a table) and the containers around it, outermost first. */
    record Leaf(Node node, List<Element> containers) {
        boolean isRow() { return node instanceof Element e && "tr".equals(e.getLocalName()); }
    }

    /** The leaves of {@code body}, in document order (text between blocks left out: it lays out as nothing). */
    static List<Leaf> leaves(Element body) {
        List<Leaf> out = new ArrayList<>();
        collect(body, List.of(), out);
        return out;
    }

    private static void collect(Element container, List<Element> path, List<Leaf> out) {
        for (Node n = container.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                if (opens(e)) {
                    List<Element> inner = new ArrayList<>(path);
                    inner.add(e);
                    collect(e, List.copyOf(inner), out);
                } else if (!isTableHead(e)) {
                    out.add(new Leaf(e, path));
                }
            } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                if (!n.getNodeValue().isBlank()) out.add(new Leaf(n, path));
            }
        }
    }

    /** A container whose children are leaves: a div, a table of rows (no footer rows), its body. */
    private static boolean opens(Element e) {
        String name = e.getLocalName();
        if ("div".equals(name) || "tbody".equals(name)) return true;
        if (!"table".equals(name)) return false;
        boolean rows = false;
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element c)) continue;
            switch (c.getLocalName()) {
                case "tbody", "tr" -> rows = true;
                case "thead", "caption", "colgroup", "col" -> { }
                default -> { return false; }
            }
        }
        return rows;
    }

    /** What a table repeats in every part it is in: its heading rows, caption and columns. */
    private static boolean isTableHead(Element e) {
        String name = e.getLocalName();
        return "thead".equals(name) || "caption".equals(name) || "colgroup".equals(name) || "col".equals(name);
    }

    /**
     * A document of {@code source}'s head and the leaves {@code from} (inclusive) to {@code to}, in
     * their containers; a container already begun before {@code from} is opened without the space and
     * the forced break above it (it continues on this page).
     */
    static Part part(Document source, List<Leaf> leaves, int from, int to) throws java.io.IOException {
        Document d;
        try {
            javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            d = f.newDocumentBuilder().newDocument();
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new java.io.IOException("XHTML: " + e.getMessage(), e);
        }
        Element html = (Element) d.importNode(source.getDocumentElement(), false);
        d.appendChild(html);
        Element body = null;
        for (Node n = source.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) continue;
            if ("body".equals(e.getLocalName())) {
                body = (Element) d.importNode(e, false);
                html.appendChild(body);
                break;
            }
            html.appendChild(d.importNode(e, true));
        }
        if (body == null) throw new java.io.IOException("XHTML: no body");
        if (from > 0) restyle(body, "margin-top: 0; padding-top: 0");   // the body's top is on the document's first page only
        List<Element> open = new ArrayList<>();      // the source containers open in the part
        List<Element> copies = new ArrayList<>();    // their copies
        Node[] leafCopies = new Node[to - from];
        Map<Node, Node> copyOf = new IdentityHashMap<>();
        for (int i = from; i < to; i++) {
            Leaf leaf = leaves.get(i);
            int same = 0;
            while (same < open.size() && same < leaf.containers().size() && open.get(same) == leaf.containers().get(same)) same++;
            while (open.size() > same) {
                open.remove(open.size() - 1);
                copies.remove(copies.size() - 1);
            }
            for (int k = same; k < leaf.containers().size(); k++) {
                Element c = leaf.containers().get(k);
                Element copy = (Element) d.importNode(c, false);
                if (i == from && i > 0) {
                    // at the top of the part's first page: a container begun before goes on without space above it;
                    // the first begun here starts the page, as its forced break did in the whole (a break here would leave a blank page)
                    if (begunBefore(leaves, from, c)) restyle(copy, "margin-top: 0; padding-top: 0; page-break-before: auto");
                    else if (k == 0 || begunBefore(leaves, from, leaf.containers().get(k - 1))) restyle(copy, "page-break-before: auto");
                }
                if ("table".equals(c.getLocalName())) {
                    if (widthsGiven(c)) restyle(copy, "table-layout: fixed");
                    for (Node n = c.getFirstChild(); n != null; n = n.getNextSibling()) {
                        if (n instanceof Element h && isTableHead(h)) copy.appendChild(d.importNode(h, true));
                    }
                }
                (copies.isEmpty() ? body : copies.get(copies.size() - 1)).appendChild(copy);
                open.add(c);
                copies.add(copy);
                copyOf.putIfAbsent(c, copy);
            }
            leafCopies[i - from] = d.importNode(leaf.node(), true);
            if (i == from && i > 0 && leafCopies[0] instanceof Element e
                    && (leaf.containers().isEmpty() || begunBefore(leaves, from, leaf.containers().get(leaf.containers().size() - 1)))) {
                restyle(e, "page-break-before: auto");
            }
            copyOf.put(leaf.node(), leafCopies[i - from]);
            (copies.isEmpty() ? body : copies.get(copies.size() - 1)).appendChild(leafCopies[i - from]);
        }
        return new Part(d, from, leafCopies, copyOf);
    }

    private static final java.util.regex.Pattern PERCENT = java.util.regex.Pattern.compile("(?:^|;)\\s*width\\s*:\\s*([0-9]+(?:\\.[0-9]+)?)%\\s*(?:;|$)");

    /**
     * Whether the heading row of {@code table} gives every column a width in percent, together 100 %
     * (the tables of a review's appendices): its columns are then laid out from those widths alone
     * ({@code table-layout: fixed}), the same on every page of every part, without measuring the
     * words of every cell first (a quarter of a long table's layout). Where no word is wider than its
     * column, as in a country's review, the widths are those the automatic layout finds; a word
     * wider than its column breaks inside it (report.css: {@code word-wrap: break-word}) instead of
     * widening the column on the pages of one part.
     */
    static boolean widthsGiven(Element table) {
        for (Node n = table.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element head) || !"thead".equals(head.getLocalName())) continue;
            for (Node r = head.getFirstChild(); r != null; r = r.getNextSibling()) {
                if (!(r instanceof Element row) || !"tr".equals(row.getLocalName())) continue;
                double sum = 0;
                int cells = 0;
                for (Node c = row.getFirstChild(); c != null; c = c.getNextSibling()) {
                    if (!(c instanceof Element cell)) continue;
                    if (cell.hasAttribute("colspan") || cell.hasAttribute("width")) return false;
                    var m = PERCENT.matcher(cell.getAttribute("style").strip());
                    if (!m.find()) return false;
                    sum += Double.parseDouble(m.group(1));
                    cells++;
                }
                return cells > 0 && Math.abs(sum - 100) < 0.01;
            }
        }
        return false;
    }

    /** A part's document, and the copies in it of the leaves from {@code from} on. */
    record Part(Document document, int from, Node[] copies, Map<Node, Node> copyOf) {

        /** Leaves the headings of the leaves from {@code leaf} on out of this part's outline (the next part shows them). */
        void dropFromOutline(int leaf) {
            for (int i = leaf - from; i < copies.length; i++) if (copies[i] instanceof Element e) markHeadings(e);
        }
    }

    private static Element body(Document d) {
        for (Node n = d.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "body".equals(e.getLocalName())) return e;
        }
        throw new IllegalStateException("a part without a body");
    }

    /** {@code e} with {@code rules} after its own style attribute's (so they win). */
    private static void restyle(Element e, String rules) {
        String style = e.getAttribute("style").strip();
        e.setAttribute("style", style.isEmpty() ? rules : style + (style.endsWith(";") ? " " : "; ") + rules);
    }

    /** Whether the leaf before {@code at} is inside {@code container} too. */
    private static boolean begunBefore(List<Leaf> leaves, int at, Element container) {
        return leaves.get(at - 1).containers().contains(container);
    }

    /**
     * The page whose top the next part starts at, and its first leaf, for a part of leaves
     * {@code from} to {@code to} laid out under {@code root}: the last clean page top that leaves a
     * whole page before the part's end (page index at least 1), or null when there is none.
     */
    record Cut(int page, int leaf) {}

    static Cut cut(Box root, List<PageBox> pages, List<Leaf> leaves, Part part, int to) {
        int from = part.from();
        Map<Node, Box> boxes = boxes(root, part);
        for (int p = pages.size() - 2; p >= 1; p--) {
            int top = pages.get(p).getTop();
            // the first leaf whose box starts on page p or later
            int i = -1;
            for (int k = from + 1; k < to; k++) {
                Box b = boxes.get(leaves.get(k).node());
                if (b != null && b.getAbsY() >= top) { i = k; break; }
            }
            if (i < 0) continue;
            Box before = boxes.get(leaves.get(i - 1).node());
            Box at = boxes.get(leaves.get(i).node());
            if (before == null || before.getAbsY() >= top) continue;
            Leaf leaf = leaves.get(i), prev = leaves.get(i - 1);
            boolean continuedRow = leaf.isRow() && prev.isRow() && !leaf.containers().isEmpty()
                    && leaf.containers().equals(prev.containers()) && before.getAbsY() + before.getHeight() <= top;
            if (continuedRow && i < to - 1) return new Cut(p, i);
            Element opener = firstNew(leaf, prev);
            Box openerBox = opener == null ? at : boxes.get(opener);
            if (openerBox != null && openerBox.getStyle() != null && openerBox.getStyle().isForcePageBreakBefore()
                    && openerBox.getAbsY() >= top) return new Cut(p, i);
        }
        return null;
    }

    /**
     * Lets go of the leaves {@code from} (inclusive) to {@code to}, laid out and written (in their parts'
     * copies): each is taken out of the document and out of {@code leaves}, so that what is left of a long
     * document's tree is what is still to be laid out (the rows written, their cells and texts, are
     * no longer held while the rest is laid out).
     */
    static void release(List<Leaf> leaves, int from, int to) {
        for (int i = from; i < to; i++) {
            Leaf leaf = leaves.get(i);
            if (leaf == null) continue;
            Node parent = leaf.node().getParentNode();
            if (parent != null) parent.removeChild(leaf.node());
            leaves.set(i, null);
        }
    }

    /** The outermost container of {@code leaf} that {@code prev} is not in (null: the leaf itself starts anew). */
    private static Element firstNew(Leaf leaf, Leaf prev) {
        for (Element c : leaf.containers()) if (!prev.containers().contains(c)) return c;
        return null;
    }

    /** The box of each leaf of a part and of each of their containers, by the source node (found by the copy it was made for). */
    private static Map<Node, Box> boxes(Box root, Part part) {
        Map<Node, Node> sourceOf = new IdentityHashMap<>();
        for (var e : part.copyOf().entrySet()) sourceOf.put(e.getValue(), e.getKey());
        java.util.Set<Node> leafCopies = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        leafCopies.addAll(java.util.Arrays.asList(part.copies()));
        Map<Node, Box> out = new IdentityHashMap<>();
        List<Box> stack = new ArrayList<>();
        stack.add(root);
        while (!stack.isEmpty()) {
            Box b = stack.remove(stack.size() - 1);
            Element e = b.getElement();
            Node source = e == null ? null : sourceOf.get(e);
            if (source != null) out.putIfAbsent(source, b);
            if (source != null && leafCopies.contains(e)) continue;
            for (int k = b.getChildCount() - 1; k >= 0; k--) stack.add(b.getChild(k));
        }
        return out;
    }

    private static void markHeadings(Element e) {
        String n = e.getLocalName();
        if (n != null && n.length() == 2 && n.charAt(0) == 'h' && n.charAt(1) >= '1' && n.charAt(1) <= '6') e.setAttribute("data-pdf-bookmark", "none");
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) if (c instanceof Element k) markHeadings(k);
    }

    /**
     * The page styles of a part whose first page is page {@code offset} (from 0) of the whole
     * document: {@code :first} only for the document's first page, {@code :right} and {@code :left}
     * by the page's place in the whole.
     */
    static final class PagedStyle extends PdfCascade {
        private int offset;

        PagedStyle(UserAgentCallback agent) { super(agent); }

        void offset(int offset) { this.offset = offset; }

        @Override
        public PageInfo getPageStyle(String pageName, String pseudoPage) {
            if (offset == 0) return super.getPageStyle(pageName, pseudoPage);
            // the part's own page index: first 0, right even, left odd
            boolean odd = switch (pseudoPage) {
                case "first", "right" -> offset % 2 == 1;
                case "left" -> offset % 2 == 0;
                default -> false;
            };
            return super.getPageStyle(pageName, odd ? "left" : "right");
        }
    }
}
