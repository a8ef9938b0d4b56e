package planreport.model;

/** What sort of organisation a body is; {@code GROUP} stands for a collective the plan names, made of member bodies. */
public enum BodyKind {
    PARTY_COMMITTEE("party-committee"), PARTY_BOARD("party-board"), PARTY_DELEGATION("party-delegation"),
    GOVERNMENT("government"), FRONT("front"), MASS_ORGANISATION("mass-organisation"),
    LABOUR_FEDERATION("labour-federation"), STEERING_COMMITTEE("steering-committee"), GROUP("group");

    private final String id;

    BodyKind(String id) { this.id = id; }

    public String id() { return id; }

    public static BodyKind byId(String id) {
        for (BodyKind k : values()) if (k.id.equals(id)) return k;
        return null;
    }
}
