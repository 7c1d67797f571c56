package app.herold;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layer rules of style.md, each with its reason. */
@AnalyzeClasses(packages = "app.herold", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsPlainJava = classes().that().resideInAPackage("app.herold.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "app.herold.domain..")
            .because("the plan's rules must be testable and reusable without a database, a network or a UI");

    @ArchTest
    static final ArchRule uiGoesThroughDomainPorts = noClasses().that().resideInAPackage("app.herold.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("app.herold.storage..", "app.herold.channels..",
                    "app.herold.cli..", "app.herold.demo..", "app.herold.desktop..", "org.h2..", "org.flywaydb..",
                    "java.sql..", "org.freedesktop..")
            .because("the window works with the plan through its ports, so storage and channels can change alone");

    @ArchTest
    static final ArchRule uiGetsHolidaysThroughThePort = noClasses().that().resideInAPackage("app.herold.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("app.herold.holidays..", "de.focus_shift..")
            .because("the window asks the HolidayCalendar port, so the holiday library loads only when the calendar "
                    + "first needs it and can be replaced without touching a view");

    @ArchTest
    static final ArchRule holidaysAdapterKnowsOnlyTheDomainAndJollyday = classes().that()
            .resideInAPackage("app.herold.holidays..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "app.herold.domain..",
                    "app.herold.holidays..", "de.focus_shift.jollyday..")
            .because("the holiday adapter is one library behind one port; it must run under every command, headless");

    @ArchTest
    static final ArchRule storageKnowsNoUi = noClasses().that().resideInAPackage("app.herold.storage..")
            .should().dependOnClassesThat().resideInAnyPackage("app.herold.ui..", "app.herold.cli..", "javafx..")
            .because("storage is an adapter for the domain and must run headless, under every command");

    @ArchTest
    static final ArchRule commandsRunWithoutTheWindow = noClasses().that().resideInAPackage("app.herold.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("app.herold.ui..", "javafx..")
            .because("every command must work on a machine without a display");

    @ArchTest
    static final ArchRule exchangeRunsWithoutTheWindow = noClasses().that().resideInAPackage("app.herold.exchange..")
            .should().dependOnClassesThat().resideInAnyPackage("app.herold.ui..", "javafx..")
            .because("exports, bundles and QR codes are also made by commands on a machine without a display");

    @ArchTest
    static final ArchRule demoDataIsDomainOnly = classes().that().resideInAPackage("app.herold.demo..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "app.herold.domain..", "app.herold.demo..")
            .because("demo posts are plain domain values, loaded through the same ports as real ones");

    @ArchTest
    static final ArchRule channelsAreIndependent = noClasses().that().resideInAPackage("app.herold.channels..")
            .should().dependOnClassesThat().resideInAnyPackage("app.herold.ui..", "app.herold.storage..")
            .allowEmptyShould(true)
            .because("each channel adapter stands alone behind the channel port");

    @ArchTest
    static final ArchRule eachChannelStandsAlone = com.tngtech.archunit.library.dependencies.SlicesRuleDefinition
            .slices().matching("app.herold.channels.(*)..").namingSlices("channel package $1")
            .should().notDependOnEachOther()
            .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
                    com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(
                            "app.herold.channels.common..", "app.herold.channels.text..", "app.herold.channels.media.."))
            .because("a network's adapter changes with its platform alone; what they share lives in common, text "
                    + "and media");

    @ArchTest
    static final ArchRule viewModelsNeedNoScene = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("view models are tested without the JavaFX toolkit; only views lay out nodes");

    @ArchTest
    static final ArchRule onlyCommandsWriteToTheConsole = noClasses().that().resideOutsideOfPackage("app.herold.cli..")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
            .because("the console belongs to the commands' output, which scripts read; everything else logs");

    @ArchTest
    static final ArchRule oneLoggingApi = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.slf4j..", "org.apache.logging..",
                    "org.apache.commons.logging..")
            .because("Herold logs through System.Logger only, so one configuration decides where logs go");

    @ArchTest
    static final ArchRule onlyControlsTheThemeStyles = noClasses().that().resideInAPackage("app.herold..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene.chart..", "javafx.scene.web..",
                    "atlantafx.base.controls..", "atlantafx.base.layout..")
            .orShould().dependOnClassesThat().belongToAnyOf(javafx.scene.control.Accordion.class,
                    javafx.scene.control.TitledPane.class, javafx.scene.control.TreeView.class,
                    javafx.scene.control.TreeTableView.class, javafx.scene.control.Pagination.class,
                    javafx.scene.control.Slider.class, javafx.scene.control.ToolBar.class,
                    javafx.scene.control.ChoiceBox.class, javafx.scene.control.ColorPicker.class,
                    javafx.scene.control.SplitMenuButton.class)
            .because("the theme Herold ships leaves out the rules for these controls (ThemeTrimming, decision 0029): "
                    + "using one means putting its style classes back first");

    @ArchTest
    static final ArchRule noInlineStyles = noClasses().that().resideInAPackage("app.herold.ui..")
            .should().callMethod(javafx.scene.Node.class, "setStyle", String.class)
            .because("colours and sizes live in the stylesheet, so light and dark themes come from one set");
}
