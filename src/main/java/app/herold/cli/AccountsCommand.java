package app.herold.cli;

import app.herold.domain.UserFacingException;
import app.herold.domain.channel.ChannelAccount;
import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.ContentPlan;
import app.herold.exchange.AccountJson;
import app.herold.exchange.qr.QrCode;
import app.herold.storage.Database;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code herold accounts add|list|remove|qr}: the town's channel accounts, without secrets. */
@Command(name = "accounts", subcommands = {AccountsCommand.Add.class, AccountsCommand.ListAccounts.class,
        AccountsCommand.Remove.class, AccountsCommand.Qr.class, AccountsCommand.SetSecret.class,
        AccountsCommand.TestConnection.class})
final class AccountsCommand {

    @ParentCommand
    HeroldCommand root;

    /** The subcommands reach the data directory through their parent. */
    abstract static class AccountCommand extends DataDirectoryCommand {

        @ParentCommand
        AccountsCommand accounts;

        @Override
        HeroldCommand root() {
            return accounts.root;
        }

        static ChannelAccount named(Database database, String name) {
            return database.accounts().findByName(name)
                    .orElseThrow(() -> new UserFacingException("cli.error.noAccount", name));
        }
    }

    @Command(name = "add", sortOptions = false)
    static final class Add extends AccountCommand {

        @Parameters(index = "0", paramLabel = "KIND", descriptionKey = "accounts.add.kind")
        String kind;

        @Option(names = "--name", required = true, paramLabel = "NAME", descriptionKey = "accounts.add.name")
        String name;

        @Option(names = "--link", paramLabel = "URL", descriptionKey = "accounts.add.link")
        String link;

        @Option(names = "--base-url", paramLabel = "URL", descriptionKey = "accounts.add.base-url")
        String baseUrl;

        @Option(names = "--handle", paramLabel = "H", descriptionKey = "accounts.add.handle")
        String handle;

        @Override
        void validate() {
            ChannelKind.fromId(kind).orElseThrow(() -> new UserFacingException("cli.error.channel", kind));
            if (name.isBlank()) {
                throw new UserFacingException("cli.error.accountName");
            }
        }

        @Override
        int run(Database database, ContentPlan plan) {
            ChannelKind channel = ChannelKind.fromId(kind).orElseThrow();
            ChannelAccount saved = database.accounts().save(new ChannelAccount(null, name, channel, link, baseUrl, handle));
            root().out().println(saved.id().value());
            return HeroldCommandLine.EXIT_OK;
        }
    }

    @Command(name = "list", sortOptions = false)
    static final class ListAccounts extends AccountCommand {

        @Option(names = "--json", descriptionKey = "accounts.list.json")
        boolean json;

        @Override
        boolean onlyReads() {
            return true;
        }

        @Override
        int run(Database database, ContentPlan plan) throws IOException {
            List<ChannelAccount> all = database.accounts().accounts();
            PrintStream out = root().out();
            if (json) {
                Console.printJsonArray(out, all, AccountJson::write);
            } else if (all.isEmpty()) {
                out.println(root().messages().text("cli.accounts.none"));
            } else {
                for (ChannelAccount account : all) {
                    out.println(String.format("%4d  %-10s  %-36s  %s", account.id().value(), account.kind().id(),
                            account.name(), identity(account)));
                }
            }
            return HeroldCommandLine.EXIT_OK;
        }

        private static String identity(ChannelAccount account) {
            return String.join("  ", java.util.stream.Stream.of(account.handle(), account.baseUrl(), account.link())
                    .filter(value -> !value.isEmpty()).toList());
        }
    }

    @Command(name = "remove", sortOptions = false)
    static final class Remove extends AccountCommand {

        @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "accounts.remove.name")
        String name;

        @Override
        boolean onlyReads() {
            return true;
        }

        @Override
        int run(Database database, ContentPlan plan) {
            ChannelAccount account = named(database, name);
            int posts = database.accounts().remove(account.id());
            root().out().println(root().messages().format("cli.accounts.removed", account.name(), Math.max(0, posts)));
            return HeroldCommandLine.EXIT_OK;
        }
    }

    @Command(name = "qr", sortOptions = false)
    static final class Qr extends AccountCommand {

        @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "accounts.qr.name")
        String name;

        @Option(names = "--out", required = true, paramLabel = "FILE.png|FILE.svg", descriptionKey = "accounts.qr.out")
        Path out;

        @Override
        boolean onlyReads() {
            return true;
        }

        @Override
        int run(Database database, ContentPlan plan) {
            ChannelAccount account = named(database, name);
            String link = account.joinLink();
            if (link.isEmpty()) {
                throw new UserFacingException("cli.error.noJoinLink", account.name());
            }
            QrCode.of(link).write(out);
            root().out().println(out.toAbsolutePath());
            return HeroldCommandLine.EXIT_OK;
        }
    }

    /** The account's network's publisher, or the sentence that it has none (WhatsApp). */
    static app.herold.domain.publishing.Publisher publisherOf(ChannelAccount account,
                                                              List<app.herold.domain.publishing.Publisher> publishers) {
        return publishers.stream().filter(publisher -> publisher.kind() == account.kind()).findFirst()
                .orElseThrow(() -> new UserFacingException("cli.accounts.noPublishing", account.kind().brandName()));
    }

    @Command(name = "set-secret", sortOptions = false)
    static final class SetSecret extends AccountCommand {

        @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "accounts.set-secret.name")
        String name;

        @Option(names = "--from-file", paramLabel = "FILE", descriptionKey = "accounts.set-secret.from-file")
        String fromFile;

        @Option(names = "--secret", paramLabel = "SECRET", descriptionKey = "accounts.set-secret.secret")
        String secret;

        @Override
        boolean onlyReads() {
            return true;
        }

        @Override
        int run(Database database, ContentPlan plan) throws IOException {
            ChannelAccount account = named(database, name);
            List<app.herold.domain.publishing.Publisher> publishers =
                    app.herold.PublishingWiring.publishers(root().clock());
            app.herold.domain.publishing.Publisher publisher = publisherOf(account, publishers);
            List<String> known = new java.util.ArrayList<>(publisher.secretNames());
            known.addAll(publisher.optionalSecretNames());
            String which = secret == null ? known.get(0) : secret.strip();
            if (!known.contains(which)) {
                throw new UserFacingException("cli.accounts.unknownSecret", account.kind().brandName(), which,
                        String.join(", ", known));
            }
            // Read whole, then stripped: a token file ends with a line break, and a pasted token with spaces.
            String value = (fromFile == null || fromFile.equals("-")
                    ? new String(System.in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    : TextFiles.read(Path.of(fromFile))).strip();
            if (value.isEmpty()) {
                throw new UserFacingException("cli.accounts.secretEmpty");
            }
            app.herold.storage.ChosenSecretStore secrets =
                    app.herold.PublishingWiring.secretsForCommands(database.directory(), root()::environment);
            new app.herold.domain.publishing.AccountCredentials(secrets, account.id()).put(which, value);
            String where = secrets.kind() == app.herold.storage.ChosenSecretStore.Kind.KEYCHAIN
                    ? root().messages().text("cli.accounts.secretWhere.keychain")
                    : root().messages().format("cli.accounts.secretWhere.file", secrets.file().toString());
            root().out().println(root().messages().format("cli.accounts.secretSaved", account.name(),
                    root().messages().text("secret." + which), where,
                    app.herold.domain.secrets.SecretStore.masked(value)));
            int retried = app.herold.PublishingWiring.outbox(database, publishers, (post, target) -> {
                throw new IllegalStateException("nothing is sent while a secret is saved");
            }, secrets, root().clock(), app.herold.domain.publishing.MissedTargets.DEFAULT).retryAccount(account.id());
            if (retried > 0) {
                root().out().println(root().messages().format("cli.accounts.retried", retried));
            }
            return HeroldCommandLine.EXIT_OK;
        }
    }

    @Command(name = "test", sortOptions = false)
    static final class TestConnection extends AccountCommand {

        @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "accounts.test.name")
        String name;

        @Override
        boolean onlyReads() {
            return true;
        }

        @Override
        int run(Database database, ContentPlan plan) {
            ChannelAccount account = named(database, name);
            app.herold.domain.publishing.Publisher publisher = publisherOf(account,
                    app.herold.PublishingWiring.publishers(root().clock()));
            app.herold.storage.ChosenSecretStore secrets =
                    app.herold.PublishingWiring.secretsForCommands(database.directory(), root()::environment);
            app.herold.domain.publishing.ConnectionCheck check = publisher.test(account,
                    database.outbox().optionsOf(account.id()),
                    new app.herold.domain.publishing.AccountCredentials(secrets, account.id()));
            if (!check.ok()) {
                root().out().println(root().messages().format("cli.accounts.testFailed", account.name(),
                        root().messages().describe(check.problem())));
                return HeroldCommandLine.EXIT_FAILURE;
            }
            root().out().println(root().messages().format("cli.accounts.testOk", account.name(), check.accountLabel()));
            if (check.accessExpiresAt() != null) {
                root().out().println(root().messages().format("cli.accounts.testExpires",
                        java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                                .withLocale(root().messages().locale()).withZone(root().clock().getZone())
                                .format(check.accessExpiresAt())));
            }
            return HeroldCommandLine.EXIT_OK;
        }
    }
}
