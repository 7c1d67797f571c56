package app.herold.domain.exchange;

/**
 * The whole plan read and written at once, for exports and imports. Implemented by the storage
 * adapter; every call may block on disk.
 */
public interface PlanTransfer {

    /** Everything the plan holds, posts in plan order, the audit log and deliveries oldest first. */
    PlanData read();

    /**
     * Writes an import in one transaction: all of it or, on any failure, nothing. The Land is set once
     * the transaction is committed. Audit entries are appended only where they continue the log as it
     * is at that moment; otherwise nothing is written.
     */
    void apply(PlanChanges changes);
}
