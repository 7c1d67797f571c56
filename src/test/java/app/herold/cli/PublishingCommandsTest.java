package app.herold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.channels.mastodon.MastodonStandIn;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** publish-due and the account secrets, as a town's cron job and its administrator use them. */
@ExtendWith(GermanLocale.class)
class PublishingCommandsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String ACCOUNT = "Stadt Meerane – Mastodon";
    /** A machine without a keychain (this build machine is one): the encrypted file and its passphrase. */
    private static final Map<String, String> CRON = Map.of("HEROLD_SECRETS", "file",
            "HEROLD_SECRETS_PASSPHRASE", "Rathaus-Passwort 2026");

    @TempDir
    Path temp;

    private Path dataDir;
    private MastodonStandIn mastodon;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    private final Clock clock = Clock.fixed(now, BERLIN);

    @BeforeEach
    void startMastodon() throws Exception {
        dataDir = temp.resolve("herold");
        mastodon = new MastodonStandIn(Clock.systemUTC());
        assertThat(run("accounts", "add", "mastodon", "--name", ACCOUNT, "--base-url", mastodon.baseUrl(),
                "--handle", "@stadtmeerane").exit()).isZero();
    }

    @AfterEach
    void stopMastodon() {
        mastodon.close();
    }

    private CommandRun run(String... args) {
        return run(CRON, args);
    }

    private CommandRun run(Map<String, String> environment, String... args) {
        String[] withDirectory = new String[args.length + 2];
        withDirectory[0] = "--data-dir";
        withDirectory[1] = dataDir.toString();
        System.arraycopy(args, 0, withDirectory, 2, args.length);
        return CommandRun.withEnvironment(environment, clock, withDirectory);
    }

    private Path file(String name, String content) throws Exception {
        return Files.writeString(temp.resolve(name), content, StandardCharsets.UTF_8);
    }

    private String readyPostAt(Instant at, String text) throws Exception {
        String local = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").format(LocalDateTime.ofInstant(at, BERLIN));
        CommandRun added = run("add", "--text-file", file("post.txt", text).toString(), "--at", local, "--zone",
                "Europe/Berlin", "--account", ACCOUNT, "--status", "ready");
        assertThat(added.exit()).as(added.err()).isZero();
        return added.out().strip();
    }

    @Test
    void aSecretIsStoredFromAFileShownMaskedAndNeverInTheDatabase() throws Exception {
        CommandRun saved = run("accounts", "set-secret", ACCOUNT, "--from-file",
                file("token.txt", MastodonStandIn.TOKEN + "\n").toString());

        assertThat(saved.exit()).as(saved.err()).isZero();
        assertThat(saved.out()).contains("Zugangsschlüssel (Access Token) für „" + ACCOUNT + "“ gespeichert")
                .contains("verschlüsselten Datei").contains("••••••••hall").doesNotContain(MastodonStandIn.TOKEN);
        byte[] database = Files.readAllBytes(dataDir.resolve("herold.mv.db"));
        assertThat(new String(database, StandardCharsets.ISO_8859_1)).doesNotContain(MastodonStandIn.TOKEN);
        assertThat(Files.readString(dataDir.resolve("zugangsdaten.herold"))).doesNotContain(MastodonStandIn.TOKEN);

        CommandRun test = run("accounts", "test", ACCOUNT);
        assertThat(test.exit()).as(test.out() + test.err()).isZero();
        assertThat(test.out()).startsWith("Die Verbindung zu „" + ACCOUNT + "“ funktioniert: @stadtmeerane");
    }

    @Test
    void withoutThePassphraseACommandSaysHowToGiveItAndStoresNothing() throws Exception {
        CommandRun saved = run(Map.of("HEROLD_SECRETS", "file"), "accounts", "set-secret", ACCOUNT, "--from-file",
                file("token.txt", "abc").toString());

        assertThat(saved.exit()).isEqualTo(1);
        assertThat(saved.err().strip()).isEqualTo("Die Zugangsdaten liegen in einer verschlüsselten Datei, und es wurde "
                + "kein Passwort dafür angegeben; für Befehle bitte HEROLD_SECRETS_PASSPHRASE setzen, oder Herolds Fenster öffnen.");
        assertThat(dataDir.resolve("zugangsdaten.herold")).doesNotExist();
    }

    @Test
    void publishDueSendsWhatIsDueOnceAndADryRunSendsNothing() throws Exception {
        run("accounts", "set-secret", ACCOUNT, "--from-file", file("token.txt", MastodonStandIn.TOKEN).toString());
        String id = readyPostAt(now.minus(Duration.ofMinutes(1)), "Der Weihnachtsmarkt öffnet heute um 16 Uhr.");

        CommandRun dry = run("publish-due", "--dry-run");
        assertThat(dry.exit()).isZero();
        assertThat(dry.out()).startsWith("würde senden").contains("Der Weihnachtsmarkt öffnet heute um 16 Uhr.");
        assertThat(mastodon.posts()).isZero();

        CommandRun sent = run("publish-due");
        CommandRun again = run("publish-due");

        assertThat(sent.exit()).as(sent.out() + sent.err()).isZero();
        assertThat(sent.out()).startsWith("gesendet").contains(ACCOUNT).contains(mastodon.baseUrl());
        assertThat(again.out().strip()).isEqualTo("Nichts ist fällig.");
        assertThat(mastodon.posts()).isEqualTo(1);
        assertThat(run("list", "--json").out()).contains("\"id\" : " + id).contains("\"status\" : \"published\"");
    }

    @Test
    void aRefusedAccessEndsWithExitCodeOneAndTheSentence() throws Exception {
        run("accounts", "set-secret", ACCOUNT, "--from-file", file("token.txt", "ein-falscher-schluessel").toString());
        readyPostAt(now.minus(Duration.ofMinutes(1)), "Sperrung der Lindenstraße ab Montag.");

        CommandRun sent = run("publish-due", "--json");

        assertThat(sent.exit()).isEqualTo(1);
        assertThat(sent.out()).contains("\"event\" : \"failed\"").contains("\"state\" : \"failed-permanent\"")
                .contains("Der Zugang zu Mastodon ist abgelaufen oder wurde entzogen.");
        assertThat(mastodon.posts()).isZero();
    }

    @Test
    void aPostWithinMastodonsWindowIsHandedOverSoTheLaptopMayBeClosed() throws Exception {
        run("accounts", "set-secret", ACCOUNT, "--from-file", file("token.txt", MastodonStandIn.TOKEN).toString());
        readyPostAt(now.plus(Duration.ofDays(2)), "Am Sonntag ist verkaufsoffener Sonntag.");

        CommandRun handedOver = run("publish-due");

        assertThat(handedOver.exit()).as(handedOver.out() + handedOver.err()).isZero();
        assertThat(handedOver.out()).startsWith("übergeben");
        assertThat(mastodon.scheduled()).hasSize(1);
        assertThat(mastodon.statuses()).as("nothing live before its time").isEmpty();
    }
}
