package planreport.model;

/** The signature block of a Party document: authority line, title, name. */
public record Signature(String authority, String title, String name) {}
