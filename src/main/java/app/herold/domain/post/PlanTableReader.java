package app.herold.domain.post;

import java.nio.file.Path;

/** Reads a planning table from a file (a CSV file saved by Excel or LibreOffice). */
@FunctionalInterface
public interface PlanTableReader {

    /**
     * The table's rows with their cells. A file that cannot be read as a table at all (not found,
     * not text, broken quotes, a column it does not know) throws a
     * {@link app.herold.domain.UserFacingException} that says so in one sentence.
     */
    PlanTable read(Path file);
}
