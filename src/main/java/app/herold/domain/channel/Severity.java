package app.herold.domain.channel;

/** How much a finding matters: a hint, something to look at, or what keeps a post from going out. */
public enum Severity {
    INFO,
    WARNING,
    BLOCKER;

    /** The identifier in JSON output ({@code "severity": "warning"}); part of the command-line contract. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
