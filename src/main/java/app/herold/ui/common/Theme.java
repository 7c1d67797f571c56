package app.herold.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import app.herold.domain.settings.Preferences;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * Light or dark: AtlantaFX's Primer theme as the user-agent stylesheet, and Herold's own sheet
 * on top, which uses only the theme's colour variables so both modes come from one set.
 */
public final class Theme {

    public static final String STYLESHEET = "/app/herold/css/herold.css";

    private Theme() {
    }

    private static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");

    private static String userAgentTheme;

    /**
     * Sets the theme's user-agent stylesheet. Called before the first control is made, so JavaFX
     * never parses its default Modena sheet only to replace it; setting the same sheet twice is skipped
     * because every change restyles the whole scene.
     */
    public static void useUserAgentStylesheet(String theme) {
        boolean dark = Preferences.THEME_DARK.equals(theme);
        String wanted = dark ? Preferences.THEME_DARK : Preferences.THEME_LIGHT;
        if (wanted.equals(userAgentTheme)) {
            return;
        }
        userAgentTheme = wanted;
        Application.setUserAgentStylesheet(userAgentStylesheet(dark));
    }

    /**
     * The theme as the build trimmed it ({@link ThemeTrimming}; JavaFX reads the binary form beside the
     * CSS), or AtlantaFX's whole sheet where the build did not run.
     */
    static String userAgentStylesheet(boolean dark) {
        java.net.URL trimmed = Theme.class.getResource("/app/herold/css/" + (dark ? ThemeTrimming.DARK : ThemeTrimming.LIGHT) + ".css");
        if (trimmed != null) {
            return trimmed.toExternalForm();
        }
        return dark ? new PrimerDark().getUserAgentStylesheetBSS() : new PrimerLight().getUserAgentStylesheetBSS();
    }

    public static void install(Scene scene, String theme) {
        String sheet = Theme.class.getResource(STYLESHEET).toExternalForm();
        if (!scene.getStylesheets().contains(sheet)) {
            scene.getStylesheets().add(sheet);
        }
        apply(scene, theme);
    }

    /** Switches the theme; the root's :dark state lets Herold's sheet pick its brighter colours. */
    public static void apply(Scene scene, String theme) {
        useUserAgentStylesheet(theme);
        if (scene.getRoot() != null) {
            markRoot(scene.getRoot(), theme);
        }
    }

    /** Gives a scene's root (or a root about to be one) the :dark state when the theme is dark. */
    public static void markRoot(Parent root, String theme) {
        root.pseudoClassStateChanged(DARK, Preferences.THEME_DARK.equals(theme));
    }
}
