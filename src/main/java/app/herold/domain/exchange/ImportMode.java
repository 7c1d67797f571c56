package app.herold.domain.exchange;

/** What an import does with the plan that is already there. */
public enum ImportMode {
    /** Adds what is new and takes the file's version of what changed; keeps everything else. */
    MERGE,
    /** Posts, accounts, elections and parties become exactly the file's; the audit log is still only added to. */
    REPLACE
}
