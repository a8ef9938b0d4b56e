package planreport.model;

/** How to reach a body (plan.yaml {@code contact:}): for the mail-merge list of reminder letters; either part may be null. */
public record Contact(String email, String phone) {}
