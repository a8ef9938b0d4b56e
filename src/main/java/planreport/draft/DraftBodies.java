package planreport.draft;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import planreport.model.Names;

/**
 * The bodies a Kế hoạch names, as the draft registers them: a list of bodies as the plan writes it
 * ("Đảng đoàn Liên đoàn Lao động tỉnh chủ trì, phối hợp cùng các cấp ủy đảng, chính quyền, các sở,
 * ngành liên quan") split into its bodies; one body for the names that differ only by the usual
 * abbreviations or case ("UBND tỉnh", "Ủy ban nhân dân tỉnh"), the others kept as its aliases; a
 * readable id made from the name ("dang-doan-ldld-tinh"); its kind guessed from its first words.
 */
final class DraftBodies {
    /** One body of the draft. {@code guesses}: what the draft says about it that the plan does not (YAML comments). */
    static final class Body {
        final String id;
        String name;
        final Set<String> aliases = new LinkedHashSet<>();
        final String kind;
        final String firstPlace;
        final List<String> guesses = new ArrayList<>();
        /** Whether the name was written out from an abbreviation (no full form in the plan). */
        boolean expandedName;

        Body(String id, String name, String kind, String firstPlace) {
            this.id = id;
            this.name = name;
            this.kind = kind;
            this.firstPlace = firstPlace;
        }

        boolean group() { return kind.equals("group"); }
    }

    private final Map<String, Body> byKey = new LinkedHashMap<>();
    private final Set<String> ids = new LinkedHashSet<>();

    List<Body> all() { return List.copyOf(byKey.values()); }

    // ---- abbreviations: the forms offices write, and their full words ----

    private static final String[][] ABBREVIATIONS = {
        {"UBMTTQVN", "Ủy ban Mặt trận Tổ quốc Việt Nam"}, {"UBMTTQ", "Ủy ban Mặt trận Tổ quốc"},
        {"MTTQVN", "Mặt trận Tổ quốc Việt Nam"}, {"MTTQ", "Mặt trận Tổ quốc"},
        {"UBND", "Ủy ban nhân dân"}, {"HĐND", "Hội đồng nhân dân"}, {"LĐLĐ", "Liên đoàn Lao động"},
        {"BTV", "Ban Thường vụ"}, {"BCSĐ", "Ban cán sự đảng"}, {"BCS đảng", "Ban cán sự đảng"}, {"ĐĐ", "Đảng đoàn"},
        {"BCĐ", "Ban Chỉ đạo"}, {"LHPN", "Liên hiệp Phụ nữ"}, {"CCB", "Cựu chiến binh"}, {"CT-XH", "chính trị - xã hội"},
        {"KKT", "Khu kinh tế"}, {"KCN", "Khu công nghiệp"}, {"TU", "Tỉnh ủy"}, {"TP.", "thành phố"}, {"TP", "thành phố"},
        {"TX", "thị xã"}, {"BHXH", "Bảo hiểm xã hội"}, {"ĐUK", "Đảng ủy Khối"}, {"TNCS", "Thanh niên Cộng sản"},
    };
    private static final Pattern ABBREVIATION;
    static {
        StringBuilder b = new StringBuilder("(?<![\\p{L}\\p{N}])(");
        for (int i = 0; i < ABBREVIATIONS.length; i++) b.append(i == 0 ? "" : "|").append(Pattern.quote(ABBREVIATIONS[i][0]));
        ABBREVIATION = Pattern.compile(b.append(")(?![\\p{L}\\p{N}])").toString());
    }

    /** The name with its abbreviations written out ("UBND tỉnh" → "Ủy ban nhân dân tỉnh"). */
    static String expand(String name) {
        Matcher m = ABBREVIATION.matcher(name);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String full = m.group(1);
            for (String[] a : ABBREVIATIONS) if (a[0].equals(full)) { full = a[1]; break; }
            m.appendReplacement(b, Matcher.quoteReplacement(full));
        }
        m.appendTail(b);
        return b.toString().replace("Uỷ", "Ủy").replace("uỷ", "ủy");
    }

    /** What two names of one body share: written out, folded, without a leading "các" or a "có" before "liên quan". */
    static String key(String name) {
        String k = Names.fold(expand(name)).replace("co lien quan", "lien quan").replaceAll("\\s*-\\s*", " - ");
        k = k.replaceAll("[.;:,]+$", "").strip();
        if (k.startsWith("cac ")) k = k.substring(4);
        return k;
    }

    // ---- readable ids ----

    private static final String[][] ID_WORDS = {
        {"ban thuong vu", "btv"}, {"uy ban nhan dan", "ubnd"}, {"hoi dong nhan dan", "hdnd"}, {"lien doan lao dong", "ldld"},
        {"ban can su dang", "bcsd"}, {"uy ban mat tran to quoc viet nam", "ubmttq"}, {"mat tran to quoc viet nam", "mttq"},
        {"mat tran to quoc", "mttq"}, {"chinh tri - xa hoi", "ct-xh"}, {"ban chi dao", "bcd"}, {"lien hiep phu nu", "lhpn"},
        {"cuu chien binh", "ccb"}, {"lao dong - thuong binh va xa hoi", "ldtbxh"}, {"lao dong, thuong binh va xa hoi", "ldtbxh"}, {"khu kinh te", "kkt"},
        {"khu cong nghiep", "kcn"}, {"bao hiem xa hoi", "bhxh"}, {"dang uy khoi", "duk"},
    };

    /** A readable id: the name folded, its long words shortened as offices do, "các" dropped; at most six words. */
    static String idOf(String name) {
        String f = Names.fold(expand(name)).replace("co lien quan", "lien quan");
        for (String[] w : ID_WORDS) f = f.replace(w[0], w[1]);
        f = f.replace("cac cap", "cac_cap");
        List<String> words = new ArrayList<>();
        for (String w : f.split("[^a-z0-9_]+")) {
            if (w.isEmpty() || w.equals("cac") || w.equals("va")) continue;
            if (words.size() < 6) words.add(w.replace('_', '-'));
        }
        return words.isEmpty() ? "co-quan" : String.join("-", words);
    }

    // ---- kinds ----

    /** The kind a body's name says, as far as its first words tell; "group" for a collective the plan names. */
    static String kindOf(String name) {
        String f = Names.fold(expand(name));
        if (collective(f)) return "group";
        if (f.startsWith("ban chi dao")) return "steering-committee";
        if (f.startsWith("dang doan") || f.startsWith("ban can su dang")) return "party-delegation";
        if (f.startsWith("ban thuong vu tinh uy") || f.startsWith("ban thuong vu huyen uy") || f.startsWith("ban chap hanh")
                || f.startsWith("tinh uy") || f.startsWith("thuong truc tinh uy") || f.matches("^(huyen|thi|thanh|dang) uy.*")
                || f.startsWith("ban thuong vu thanh uy") || f.startsWith("ban thuong vu thi uy")) return "party-committee";
        if (f.startsWith("ban ") && (f.endsWith("tinh uy") || f.endsWith("thanh uy") || f.endsWith("huyen uy"))) return "party-board";
        if (f.startsWith("van phong tinh uy") || f.startsWith("uy ban kiem tra")) return "party-board";
        if (f.contains("mat tran to quoc")) return "front";
        if (f.contains("lien doan lao dong") || f.startsWith("cong doan")) return "labour-federation";
        if (f.startsWith("hoi ") || f.startsWith("tinh doan") || f.startsWith("ban thuong vu tinh doan") || f.startsWith("doan ")
                || f.startsWith("lien minh")) return "mass-organisation";
        return "government";
    }

    /** Whether a folded name stands for several bodies: "các …", "… các cấp", "chính quyền", "… liên quan". */
    static boolean collective(String folded) {
        return folded.startsWith("cac ") || folded.contains("cac cap") || folded.equals("chinh quyen") || folded.endsWith("lien quan")
                || folded.startsWith("cap uy") || folded.startsWith("to chuc cong doan") || folded.contains(" cac to chuc ")
                || folded.startsWith("chinh quyen ");
    }

    // ---- the registry ----

    /** The id of the body named {@code mention} (registered on first sight at {@code place}). */
    String ref(String mention, String place) {
        String name = Names.upperFirst(mention.strip().replaceAll("[.;:,]+$", "").strip());
        String key = key(name);
        Body b = byKey.get(key);
        if (b == null) {
            String expanded = Names.upperFirst(expand(name));
            String id = idOf(name);
            String unique = id;
            for (int i = 2; ids.contains(unique); i++) unique = id + "-" + i;
            ids.add(unique);
            b = new Body(unique, expanded, kindOf(name), place);
            if (!expanded.equals(name)) {
                b.aliases.add(name);
                b.expandedName = true;
            }
            byKey.put(key, b);
        } else if (!Names.key(b.name).equals(Names.key(name))) {
            if (b.expandedName && expand(name).equals(name)) {
                // the plan writes the full name somewhere: it is the name, the abbreviation an alias
                b.name = name;
                b.expandedName = false;
            } else {
                boolean known = false;
                for (String a : b.aliases) if (Names.key(a).equals(Names.key(name))) known = true;
                if (!known) b.aliases.add(name);
            }
        }
        return b.id;
    }

    /** The body of {@code id}. */
    Body get(String id) {
        for (Body b : byKey.values()) if (b.id.equals(id)) return b;
        return null;
    }

    /** The names registered so far, longest first: a list is cut at a known name before any other rule applies. */
    List<String> knownNames() {
        List<String> names = new ArrayList<>();
        for (Body b : byKey.values()) {
            names.add(b.name);
            names.addAll(b.aliases);
        }
        names.sort((a, c) -> Integer.compare(c.length(), a.length()));
        return names;
    }

    // ---- splitting a list of bodies ----

    /** The words a body's name starts with, as a plan writes them (capitals as written). */
    private static final String HEADS = "Ban|Ban Thường vụ|Đảng đoàn|Đảng ủy|Đảng bộ|Ủy ban|Uỷ ban|UBND|UBMTTQ|MTTQ|HĐND|Hội đồng|Hội|Sở|Liên đoàn|LĐLĐ|Liên hiệp|Liên minh"
            + "|Mặt trận|Tỉnh đoàn|Tỉnh ủy|Thành ủy|Thị ủy|Huyện ủy|Công đoàn|Công an|Cục|Chi cục|Bộ|Văn phòng|Báo|Đài|Trường|Viện|Tòa án"
            + "|Ngân hàng|Bảo hiểm|BHXH|Kho bạc|Trung tâm|Thường trực|BTV|BCĐ|BCSĐ|ĐĐ|Đoàn|Cấp ủy|Chính quyền|Các|Tổ chức|Người đứng đầu"
            + "|các|cấp ủy|chính quyền|ủy ban|mặt trận|liên đoàn|tổ chức công đoàn";
    private static final Pattern HEAD = Pattern.compile("^(?:" + HEADS + ")(?![\\p{L}])");
    /** "và" before a new body: "Mặt trận Tổ quốc Việt Nam và các tổ chức …" (not "Ban Tuyên giáo và Dân vận"). */
    private static final Pattern AND = Pattern.compile("\\s+và\\s+(?=(?:" + HEADS + ")(?![\\p{L}]))");
    /** Words a body of a list is announced by, dropped: "Giao Ban Dân vận …", "Đề nghị …". */
    private static final Pattern LEADING = Pattern.compile("^(?:Giao cho|Giao|Đề nghị|Yêu cầu)\\s+");
    /** A prefix that a following "và các …" shares: "Đảng đoàn Mặt trận … và các tổ chức …" → "Đảng đoàn các tổ chức …". */
    private static final Pattern SHARED = Pattern.compile("^(Đảng đoàn|Ban Thường vụ|Ban cán sự đảng|Đảng ủy)\\s");

    /** The bodies a list names, in order: split at ";", at "," before a new body, at "và" before a new body. */
    static List<String> split(String list, List<String> known) {
        List<String> out = new ArrayList<>();
        if (list == null) return out;
        String s = LEADING.matcher(list.strip()).replaceFirst("").replaceAll("[.;:,]+$", "").strip();
        s = s.replaceAll("\\((?:chủ trì|phối hợp)\\)", "").strip();
        // a known name is never cut: its commas and "và" are hidden while splitting
        List<String> hidden = new ArrayList<>();
        for (String k : known) {
            if (!k.contains(",") && !k.contains(" và ")) continue;
            int at = s.indexOf(k);
            if (at >= 0) {
                hidden.add(k);
                s = s.substring(0, at) + "\u0001" + (hidden.size() - 1) + "\u0002" + s.substring(at + k.length());
            }
        }
        for (String part : s.split("\\s*;\\s*")) {
            List<String> pieces = new ArrayList<>();
            for (String piece : part.split("\\s*,\\s*")) {
                String p = piece.strip();
                if (p.isEmpty()) continue;
                if (pieces.isEmpty() || HEAD.matcher(p).find() || p.startsWith("\u0001")) pieces.add(p);
                else pieces.set(pieces.size() - 1, pieces.get(pieces.size() - 1) + ", " + p);
            }
            for (String piece : pieces) {
                // "X và Y" where Y is a body of its own
                String[] ands = AND.split(piece);
                String first = null;
                for (String a : ands) {
                    String t = a.strip();
                    if (t.isEmpty()) continue;
                    if (first != null && t.startsWith("các ")) {
                        Matcher m = SHARED.matcher(first);
                        if (m.find()) t = m.group(1) + " " + t;
                    }
                    if (first == null) first = t;
                    out.add(t);
                }
            }
        }
        List<String> restored = new ArrayList<>();
        for (String o : out) {
            String r = o;
            for (int i = 0; i < hidden.size(); i++) r = r.replace("\u0001" + i + "\u0002", hidden.get(i));
            r = LEADING.matcher(r).replaceFirst("").strip();
            if (!r.isEmpty()) restored.add(r);
        }
        return restored;
    }

    /** Whether a text begins with words a body's name starts with. */
    static boolean startsLikeBody(String s) { return HEAD.matcher(LEADING.matcher(s.strip()).replaceFirst("")).find(); }

    static String lower(String s) { return s.toLowerCase(Locale.ROOT); }
}
