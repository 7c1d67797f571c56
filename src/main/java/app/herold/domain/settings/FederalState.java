package app.herold.domain.settings;

import java.util.Locale;
import java.util.Optional;

/**
 * The 16 Länder, whose holiday laws differ, by their ISO 3166-2 subdivision codes without "DE-". In
 * the order of their German names, as the settings list them.
 */
public enum FederalState {
    BW("Baden-Württemberg"),
    BY("Bayern"),
    BE("Berlin"),
    BB("Brandenburg"),
    HB("Bremen"),
    HH("Hamburg"),
    HE("Hessen"),
    MV("Mecklenburg-Vorpommern"),
    NI("Niedersachsen"),
    NW("Nordrhein-Westfalen"),
    RP("Rheinland-Pfalz"),
    SL("Saarland"),
    SN("Sachsen"),
    ST("Sachsen-Anhalt"),
    SH("Schleswig-Holstein"),
    TH("Thüringen");

    /** Herold was made for a Saxon town. */
    public static final FederalState DEFAULT = SN;

    private final String germanName;

    FederalState(String germanName) {
        this.germanName = germanName;
    }

    /** "SN": the code settings, commands and the holiday port use. */
    public String code() {
        return name();
    }

    /** "Sachsen": a Land's own name, the same whatever the user's language. */
    public String germanName() {
        return germanName;
    }

    /** The Land of a code in any case ("by", "BY"); empty for anything else. */
    public static Optional<FederalState> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toUpperCase(Locale.ROOT);
        for (FederalState state : values()) {
            if (state.name().equals(wanted)) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }
}
