package app.herold.domain.rules;

import java.util.List;

/** The town's election calendar and the parties its neutrality checks look for. Calls may block on disk. */
public interface ElectionStore {

    /** Every election, by date. */
    List<Election> elections();

    /** Inserts an election with id 0, or updates the one with its id; returns what was stored. */
    Election save(Election election);

    /** Returns false when there was no such election. */
    boolean remove(long id);

    /** The party names and abbreviations the checks look for, seeded from domain.md and editable. */
    List<String> parties();

    void replaceParties(List<String> parties);
}
