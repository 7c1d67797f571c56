package app.herold.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Selector;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The theme Herold ships: AtlantaFX's rules for the controls Herold shows, and none for the others. */
class ThemeTrimmingTest {

    @Test
    void leavesOutOnlyTheSelectorsOfUnusedControls() throws Exception {
        for (String theme : ThemeTrimming.THEMES) {
            Stylesheet whole = new CssParser().parse(ThemeTrimming.atlantaFxSheet(theme));
            Stylesheet trimmed = new CssParser().parse(ThemeTrimming.trimmed(ThemeTrimming.atlantaFxSheet(theme)));

            long wholeSelectors = selectors(whole);
            long keptSelectors = selectors(trimmed);
            assertThat(keptSelectors).as(theme).isBetween(wholeSelectors / 2, wholeSelectors * 3 / 4);
            assertThat(leadingClasses(trimmed)).as(theme).doesNotContainAnyElementsOf(ThemeTrimming.LEFT_OUT)
                    .contains(".root", ".button", ".toggle-button", ".label", ".menu-bar", ".list-view", ".table-view",
                            ".date-picker-popup", ".text-input", ".combo-box-base", ".scroll-bar", ".context-menu",
                            ".tooltip", ".tab-pane", ".check-box", ".dialog-pane");
            // What is kept is kept whole: every declaration of a kept rule, in the same order.
            assertThat(declarations(trimmed, ".button")).as(theme).isEqualTo(declarations(whole, ".button"));
        }
    }

    @Test
    void theBuildWritesBothThemesAsCss(@TempDir Path folder) throws Exception {
        ThemeTrimming.main(new String[] {folder.toString()});

        for (String theme : ThemeTrimming.THEMES) {
            String written = Files.readString(folder.resolve(theme + ".css"));
            assertThat(written).startsWith("/* AtlantaFX (MIT License").doesNotContain(".tree-view", ".chart-title")
                    .contains("-color-accent-emphasis");
        }
    }

    @Test
    void theWindowUsesTheTrimmedThemeTheBuildWrote() {
        assertThat(Theme.userAgentStylesheet(false)).endsWith("/app/herold/css/primer-light.css");
        assertThat(Theme.userAgentStylesheet(true)).endsWith("/app/herold/css/primer-dark.css");
        assertThat(ThemeTrimmingTest.class.getResource("/app/herold/css/primer-light.bss"))
                .as("the binary form JavaFX reads instead of the CSS").isNotNull();
    }

    private static long selectors(Stylesheet sheet) {
        return sheet.getRules().stream().mapToLong(rule -> rule.getSelectors().size()).sum();
    }

    private static java.util.Set<String> leadingClasses(Stylesheet sheet) {
        java.util.Set<String> classes = new java.util.HashSet<>();
        for (Rule rule : sheet.getRules()) {
            for (Selector selector : rule.getSelectors()) {
                String text = selector.toString().strip();
                java.util.regex.Matcher leading = java.util.regex.Pattern.compile("^\\*?([.#][A-Za-z][\\w-]*)").matcher(text);
                if (leading.find()) {
                    classes.add(leading.group(1));
                }
            }
        }
        return classes;
    }

    private static java.util.List<String> declarations(Stylesheet sheet, String selector) {
        return sheet.getRules().stream()
                .filter(rule -> rule.getSelectors().stream().anyMatch(s -> s.toString().equals("*" + selector)
                        || s.toString().equals(selector)))
                .flatMap(rule -> rule.getDeclarations().stream())
                .map(declaration -> declaration.getProperty() + ":" + declaration.getParsedValue())
                .toList();
    }
}
