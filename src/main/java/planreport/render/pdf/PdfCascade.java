package planreport.render.pdf;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xhtmlrenderer.context.StyleReference;
import org.xhtmlrenderer.css.newmatch.CascadedStyle;
import org.xhtmlrenderer.css.newmatch.Selector;
import org.xhtmlrenderer.css.sheet.MediaRule;
import org.xhtmlrenderer.css.sheet.Ruleset;
import org.xhtmlrenderer.css.sheet.Stylesheet;
import org.xhtmlrenderer.css.sheet.StylesheetInfo;
import org.xhtmlrenderer.context.StylesheetFactoryImpl;
import org.xhtmlrenderer.extend.NamespaceHandler;
import org.xhtmlrenderer.extend.UserAgentCallback;
import org.xhtmlrenderer.extend.UserInterface;
import org.xhtmlrenderer.layout.SharedContext;

/**
 * The style sheets of the parts of one long document ({@link PdfParts}), each element's cascaded style
 * known by its place. Flying Saucer matches every element against every selector of the style sheets
 * (its own XHTML sheet's and the document's: about two hundred), a quarter of the layout of a long
 * table's rows, though the rows of a table are all alike. Here an element's place is its name, its
 * attributes and its parent's place, and the cascaded style (and each pseudo-element's) is matched
 * once a place, for every part: when no selector of the style sheets looks at an element's siblings
 * ({@code :first-child}, {@code :nth-child}, {@code +} …), nothing else decides which selectors match
 * (the attributes of the element and of its ancestors, and its document's language, which every part
 * shares), and the style given is the one Flying Saucer matches. With a selector that looks at
 * siblings, or style sheets that cannot be read here, each element is matched as before.
 */
class PdfCascade extends StyleReference {
    /** Selector's conditions and sibling selector (Flying Saucer 9.13): null when not found, then no element is known by its place. */
    private static final VarHandle CONDITIONS = field("conditions", List.class);
    private static final VarHandle SIBLING = field("siblingSelector", Selector.class);

    /** The conditions that look at nothing but the element, its attributes and its document. */
    private static final Set<String> BY_PLACE = Set.of("AttributeExistsCondition", "AttributeEqualsCondition", "AttributePrefixCondition",
            "AttributeSuffixCondition", "AttributeSubstringCondition", "AttributeMatchesListCondition", "AttributeMatchesFirstPartCondition",
            "ClassCondition", "IDCondition", "LangCondition", "LinkCondition", "UnsupportedCondition");

    private static VarHandle field(String name, Class<?> type) {
        try {
            return MethodHandles.privateLookupIn(Selector.class, MethodHandles.lookup()).findVarHandle(Selector.class, name, type);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private final UserAgentCallback agent;
    /** Whether elements are known by their place (null: not decided yet: at the first document). */
    private Boolean byPlace;
    /** The places met so far, numbered, by their parent's number, name and attributes. */
    private final Map<String, Integer> places = new HashMap<>();
    /** The place of each element of the current document. */
    private final Map<Node, Integer> placeOf = new IdentityHashMap<>();
    private final Map<Integer, CascadedStyle> styles = new HashMap<>();
    /** By pseudo-element, then place. */
    private final Map<String, Map<Integer, Optional<CascadedStyle>>> pseudo = new HashMap<>();
    /** How many elements were matched by Flying Saucer, and how many cascaded styles were given (counts for tests). */
    private int matched, given;

    PdfCascade(UserAgentCallback agent) {
        super(agent);
        this.agent = agent;
    }

    /**
     * Every document given must have the style sheets of the first (the parts of one document: the same
     * head, the same templates folder).
     */
    @Override
    public void setDocumentContext(SharedContext context, NamespaceHandler nsh, Document doc, UserInterface ui) {
        super.setDocumentContext(context, nsh, doc, ui);
        placeOf.clear();
        if (byPlace == null) byPlace = CONDITIONS != null && SIBLING != null && placesDecide(nsh, doc);
    }

    @Override
    public CascadedStyle getCascadedStyle(Element e, boolean restyle) {
        if (e == null || restyle || !Boolean.TRUE.equals(byPlace)) return super.getCascadedStyle(e, restyle);
        given++;
        return styles.computeIfAbsent(place(e), p -> {
            matched++;
            return super.getCascadedStyle(e, false);
        });
    }

    @Override
    public CascadedStyle getPseudoElementStyle(Node node, String pseudoElement) {
        if (!Boolean.TRUE.equals(byPlace)) return super.getPseudoElementStyle(node, pseudoElement);
        Element e = node.getNodeType() == Node.ELEMENT_NODE ? (Element) node : (Element) node.getParentNode();
        return pseudo.computeIfAbsent(pseudoElement, k -> new HashMap<>())
                .computeIfAbsent(place(e), k -> Optional.ofNullable(super.getPseudoElementStyle(node, pseudoElement))).orElse(null);
    }

    /** How many elements Flying Saucer matched against the style sheets, and how many cascaded styles were asked for. */
    int[] counts() { return new int[] {matched, given}; }

    /** The number of {@code e}'s place: its namespace, name and attributes (sorted by name), and its parent element's place. */
    private int place(Element e) {
        Integer known = placeOf.get(e);
        if (known != null) return known;
        Node parent = e.getParentNode();
        StringBuilder b = new StringBuilder();
        b.append(parent instanceof Element p ? place(p) : -1).append('\u0000').append(e.getNamespaceURI()).append('\u0000').append(e.getNodeName());
        NamedNodeMap attributes = e.getAttributes();
        List<String> each = new ArrayList<>(attributes.getLength());
        for (int i = 0; i < attributes.getLength(); i++) {
            Node a = attributes.item(i);
            each.add(a.getNamespaceURI() + "\u0001" + a.getNodeName() + "\u0001" + a.getNodeValue());
        }
        each.sort(null);
        for (String a : each) b.append('\u0000').append(a);
        int number = places.computeIfAbsent(b.toString(), k -> places.size());
        placeOf.put(e, number);
        return number;
    }

    /** Whether no selector of {@code doc}'s style sheets (Flying Saucer's own XHTML sheet's included) looks at an element's siblings. */
    private boolean placesDecide(NamespaceHandler nsh, Document doc) {
        try {
            List<StylesheetInfo> infos = new ArrayList<>();
            nsh.getDefaultStylesheet().ifPresent(infos::add);
            infos.addAll(nsh.getStylesheets(doc));
            StylesheetFactoryImpl factory = new StylesheetFactoryImpl(agent);
            return placesDecide(factory, infos, 0);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean placesDecide(StylesheetFactoryImpl factory, List<StylesheetInfo> infos, int depth) {
        if (depth > 16) return false;
        for (StylesheetInfo info : infos) {
            Stylesheet sheet = factory.getStylesheet(info);
            if (sheet == null) continue;   // not read: its rules apply to no element (Flying Saucer reads it the same way)
            if (!placesDecide(factory, sheet.getImportRules(), depth + 1)) return false;
            for (Object rule : sheet.getContents()) {
                if (rule instanceof Ruleset r && !placesDecide(r)) return false;
                if (rule instanceof MediaRule m) for (Ruleset r : m.getContents()) if (!placesDecide(r)) return false;
            }
        }
        return true;
    }

    private static boolean placesDecide(Ruleset rules) {
        for (Selector s : rules.getFSSelectors()) {
            for (Selector k = s; k != null; k = k.getChainedSelector()) {
                if (k.getAxis() == Selector.Axis.IMMEDIATE_SIBLING_AXIS || SIBLING.get(k) != null) return false;
                List<?> conditions = (List<?>) CONDITIONS.get(k);
                if (conditions != null) for (Object c : conditions) if (!BY_PLACE.contains(c.getClass().getSimpleName())) return false;
            }
        }
        return true;
    }
}
