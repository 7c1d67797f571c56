package app.herold.domain.exchange;

/**
 * How the file's items of one kind compare with the plan's.
 *
 * @param added in the file, not in the plan
 * @param present in both with the same content: skipped
 * @param changed in both under the same number with other content: the file's version is taken
 * @param removed in the plan, not in the file: removed by a replacing import, kept by a merge
 */
public record Tally(int added, int present, int changed, int removed) {
}
