package app.herold.ui.calendar;

/**
 * Where a shown day stands before the elections on the town's calendar: outside every window, in a
 * warning window, or in a hot phase, with the sentence that names the elections ("Heiße Phase
 * Landtagswahl 2027").
 *
 * @param description the window or windows the day lies in, "" outside all of them
 */
public record ElectionDay(Phase phase, String description) {

    public static final ElectionDay NONE = new ElectionDay(Phase.NONE, "");

    /** Ordered by weight: where windows of two elections overlap, the day shows the stronger phase. */
    public enum Phase { NONE, WINDOW, HOT }

    public boolean inWindow() {
        return phase != Phase.NONE;
    }

    public boolean hot() {
        return phase == Phase.HOT;
    }
}
