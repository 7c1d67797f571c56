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
        AccountsCommand.Remove.class, AccountsCommand.Qr.class})
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
}
