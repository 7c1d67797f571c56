package app.herold.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes AtlantaFX's Primer themes without the rules for controls Herold never shows: charts, tree
 * views, sliders, tool bars, colour pickers, split menu buttons, AtlantaFX's own controls and the like.
 * About 700 of the 1,230 selectors are left, so the UI thread reads, sorts and matches some 40% fewer
 * rules as the window first shows (decision 0029).
 *
 * <p>Run by the build before the sheets are turned into JavaFX's binary form (see pom.xml); {@link Theme}
 * falls back to AtlantaFX's whole sheet where the build did not run (an IDE). {@code ArchitectureTest}
 * states that no Herold class uses a control whose rules are left out.
 */
public final class ThemeTrimming {

    /** The themes Herold offers, as AtlantaFX names their sheets. */
    static final String LIGHT = "primer-light";
    static final String DARK = "primer-dark";
    static final List<String> THEMES = List.of(LIGHT, DARK);

    /** A selector is left out when its first part is one of these style classes. */
    static final Set<String> LEFT_OUT = Set.of(
            // JavaFX controls Herold does not use
            ".accordion", ".titled-pane", ".tree-view", ".tree-cell", ".tree-table-view",
            ".tree-table-row-cell", ".pagination", ".slider", ".tool-bar", ".choice-box", ".color-picker",
            ".custom-color-dialog", ".color-palette", ".color-palette-region", ".split-menu-button",
            ".html-editor", ".html-editor-outdent", ".html-editor-indent", ".html-editor-bullets",
            ".html-editor-numbers",
            // JavaFX charts
            ".chart", ".chart-bar", ".bar-chart", ".default-color0", ".default-color1", ".default-color2",
            ".default-color3", ".default-color4", ".default-color5", ".default-color6", ".default-color7",
            // AtlantaFX's own controls
            ".card", ".tile-base", ".message", ".notification", ".popover", ".modal-box", ".modal-pane",
            ".bb-code", ".breadcrumbs", ".toggle-switch", ".custom-text-field", ".ring-progress-indicator");

    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)}");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern LEADING_CLASS = Pattern.compile("^([.#]?[A-Za-z][\\w-]*)");

    private ThemeTrimming() {
    }

    /** {@code ThemeTrimming FOLDER}: writes the trimmed {@link #THEMES} as CSS files into FOLDER. */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        Files.createDirectories(folder);
        for (String theme : THEMES) {
            Files.writeString(folder.resolve(theme + ".css"), trimmed(atlantaFxSheet(theme)), StandardCharsets.UTF_8);
        }
    }

    static String atlantaFxSheet(String theme) throws IOException {
        try (InputStream in = ThemeTrimming.class.getResourceAsStream("/atlantafx/base/theme/" + theme + ".css")) {
            if (in == null) {
                throw new IOException("AtlantaFX's " + theme + ".css is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The sheet's rules with the selectors left out that style only {@link #LEFT_OUT} classes. */
    static String trimmed(String css) {
        StringBuilder out = new StringBuilder("/* AtlantaFX (MIT License, https://github.com/mkpaz/atlantafx),"
                + " without the rules for controls Herold does not use; written by ThemeTrimming. */\n");
        Matcher rule = RULE.matcher(COMMENT.matcher(css).replaceAll(""));
        while (rule.find()) {
            List<String> kept = new ArrayList<>();
            for (String selector : rule.group(1).split(",")) {
                String trimmedSelector = selector.strip();
                Matcher leading = LEADING_CLASS.matcher(trimmedSelector);
                if (!(leading.find() && LEFT_OUT.contains(leading.group(1)))) {
                    kept.add(trimmedSelector);
                }
            }
            if (!kept.isEmpty()) {
                out.append(String.join(",\n", kept)).append(" {").append(rule.group(2)).append("}\n");
            }
        }
        return out.toString();
    }
}
