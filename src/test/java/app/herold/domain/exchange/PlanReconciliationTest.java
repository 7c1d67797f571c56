package app.herold.domain.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.domain.channel.AccountId;
import app.herold.domain.channel.ChannelAccount;
import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.Delivery;
import app.herold.domain.post.Post;
import app.herold.domain.post.PostId;
import app.herold.domain.post.PostImage;
import app.herold.domain.post.PostStatus;
import app.herold.domain.rules.AuditChain;
import app.herold.domain.rules.AuditEntry;
import app.herold.domain.rules.Confirmation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlanReconciliationTest {

    private static final Instant NOON = Instant.parse("2029-03-12T11:00:00Z");
    private static final PlanReconciliation.Pictures NO_PICTURES = new PlanReconciliation.Pictures() {
        @Override
        public boolean inFile(String mediaFile) {
            return false;
        }

        @Override
        public boolean inLibrary(String mediaFile) {
            return false;
        }
    };

    @Test
    void anEmptyLogTakesTheFilesWholeLog() {
        List<AuditEntry> file = chain(3);

        PlanReconciliation.Result result = reconcile(plan(List.of()), plan(file), ImportMode.MERGE);

        assertThat(result.changes().appendedAuditEntries()).isEqualTo(file);
        assertThat(result.preview().auditLog()).isEqualTo(new Tally(3, 0, 0, 0));
        assertThat(result.preview().issues()).isEmpty();
    }

    @Test
    void aFileThatHoldsThisLogAndMoreAddsOnlyTheEntriesAfterIt() {
        List<AuditEntry> file = chain(5);

        PlanReconciliation.Result result = reconcile(plan(file.subList(0, 2)), plan(file), ImportMode.REPLACE);

        assertThat(result.changes().appendedAuditEntries()).isEqualTo(file.subList(2, 5));
        assertThat(result.preview().auditLog()).isEqualTo(new Tally(3, 2, 0, 0));
    }

    @Test
    void aFileWithAnOlderPartOfThisLogAddsNothing() {
        List<AuditEntry> here = chain(4);

        PlanReconciliation.Result result = reconcile(plan(here), plan(here.subList(0, 3)), ImportMode.MERGE);

        assertThat(result.changes().appendedAuditEntries()).isEmpty();
        assertThat(result.preview().auditLog()).isEqualTo(new Tally(0, 3, 0, 0));
        assertThat(result.preview().issues()).isEmpty();
    }

    @Test
    void anotherComputersLogIsNeitherMergedNorRewrittenButTheRestOfTheImportGoesAhead() {
        List<AuditEntry> here = chain(2, "hier");
        List<AuditEntry> other = chain(3, "dort");
        PlanData file = new PlanData(List.of(post(1, "Stadtfest")), List.of(), List.of(), List.of(), other, List.of(), null);

        PlanReconciliation.Result result = reconcile(plan(here), file, ImportMode.REPLACE);

        assertThat(result.changes().appendedAuditEntries()).isEmpty();
        assertThat(result.changes().newPosts()).hasSize(1);
        assertThat(result.preview().blocked()).isFalse();
        assertThat(result.preview().issues()).singleElement()
                .isEqualTo(new ImportIssue(false, "jsonImport.note.auditDiverges", List.of("3")));
    }

    @Test
    void aFileWhoseChainIsBrokenAddsNoEntryEvenToAnEmptyLog() {
        List<AuditEntry> file = new ArrayList<>(chain(3));
        AuditEntry second = file.get(1);
        file.set(1, new AuditEntry(second.sequence(), second.recordedAt(), second.election(), second.rules(), second.post(),
                second.contentHash(), "nachträglich geändert", second.previousHash(), second.hash()));

        PlanReconciliation.Result result = reconcile(plan(List.of()), plan(file), ImportMode.MERGE);

        assertThat(result.changes().appendedAuditEntries()).isEmpty();
        assertThat(result.preview().issues()).singleElement()
                .isEqualTo(new ImportIssue(false, "jsonImport.note.auditBroken", List.of("2", "3")));
    }

    @Test
    void postsAreTheSameByNumberAndContentAndAMergeRemovesNone() {
        PlanData here = posts(post(1, "Stadtfest"), post(2, "Wochenmarkt"), post(3, "Nur hier"));
        PlanData file = posts(post(1, "Stadtfest").withTimestamps(NOON, NOON.plusSeconds(60)), post(2, "Wochenmarkt!"),
                post(4, "Neu"));

        PlanReconciliation.Result merged = reconcile(here, file, ImportMode.MERGE);
        PlanReconciliation.Result replaced = reconcile(here, file, ImportMode.REPLACE);

        assertThat(merged.preview().posts()).isEqualTo(new Tally(1, 1, 1, 0));
        assertThat(merged.changes().newPosts()).extracting(Post::title).containsExactly("Neu");
        assertThat(merged.changes().changedPosts()).extracting(Post::title).containsExactly("Wochenmarkt!");
        assertThat(replaced.preview().posts()).isEqualTo(new Tally(1, 1, 1, 1));
        assertThat(replaced.changes().newPosts()).extracting(Post::title).containsExactly("Stadtfest", "Wochenmarkt!", "Neu");
        assertThat(replaced.changes().replace()).isTrue();
    }

    @Test
    void aPostGoingToAnAccountNeitherHereNorInTheFileIsAProblem() {
        PlanData file = posts(post(1, "Stadtfest").withAccounts(List.of(new AccountId(9))));

        PlanReconciliation.Result result = reconcile(plan(List.of()), file, ImportMode.MERGE);

        assertThat(result.preview().blocked()).isTrue();
        assertThat(result.preview().issues()).containsExactly(
                new ImportIssue(true, "jsonImport.problem.postAccount", List.of("1", "9")));
    }

    @Test
    void aNumberTheFileHoldsTwiceIsAProblemAndOnlyItsFirstItemCounts() {
        PlanData file = posts(post(4, "Stadtfest"), post(4, "Wochenmarkt"));

        PlanReconciliation.Result result = reconcile(plan(List.of()), file, ImportMode.MERGE);

        assertThat(result.preview().issues()).containsExactly(
                new ImportIssue(true, "jsonImport.problem.duplicatePost", List.of("4")));
        assertThat(result.preview().posts()).isEqualTo(new Tally(1, 0, 0, 0));
    }

    @Test
    void twoAccountsOfTheSameNameRegardlessOfCaseAreAProblem() {
        ChannelAccount here = new ChannelAccount(new AccountId(1), "Stadt Meerane", ChannelKind.TELEGRAM, "", "", "@a");
        ChannelAccount file = new ChannelAccount(new AccountId(2), "stadt meerane", ChannelKind.BLUESKY, "", "", "@b");

        PlanReconciliation.Result merged = reconcile(accounts(here), accounts(file), ImportMode.MERGE);
        PlanReconciliation.Result replaced = reconcile(accounts(here), accounts(file), ImportMode.REPLACE);

        assertThat(merged.preview().issues()).containsExactly(
                new ImportIssue(true, "jsonImport.problem.accountName", List.of("stadt meerane")));
        assertThat(replaced.preview().blocked()).isFalse();
    }

    @Test
    void aPublicationRecordedTwiceIsImportedOnceAndANumberTakenHereIsLeftToTheDatabase() {
        Delivery here = delivery(5, ChannelKind.TELEGRAM, "2029-03-01T08:00:00Z");
        Delivery same = delivery(77, ChannelKind.TELEGRAM, "2029-03-01T08:00:00Z");
        Delivery other = delivery(5, ChannelKind.WHATSAPP, "2029-03-02T08:00:00Z");
        PlanData current = new PlanData(List.of(post(1, "Stadtfest")), List.of(), List.of(), List.of(), List.of(),
                List.of(here), "SN");
        PlanData file = new PlanData(List.of(post(1, "Stadtfest")), List.of(), List.of(), List.of(), List.of(),
                List.of(same, other), "SN");

        PlanReconciliation.Result result = reconcile(current, file, ImportMode.MERGE);

        assertThat(result.preview().deliveries()).isEqualTo(new Tally(1, 1, 0, 0));
        assertThat(result.changes().newDeliveries()).singleElement()
                .satisfies(written -> assertThat(written.id()).isZero())
                .satisfies(written -> assertThat(written.channel()).isEqualTo(ChannelKind.WHATSAPP));
    }

    @Test
    void thePartyListIsAddedToByAMergeAndTakenByAReplace() {
        PlanData here = parties("CDU", "SPD", "Grüne");
        PlanData file = parties("SPD", "Freie Wähler");

        PlanReconciliation.Result merged = reconcile(here, file, ImportMode.MERGE);
        PlanReconciliation.Result replaced = reconcile(here, file, ImportMode.REPLACE);

        assertThat(merged.changes().parties()).containsExactly("CDU", "SPD", "Grüne", "Freie Wähler");
        assertThat(merged.preview().parties()).isEqualTo(new Tally(1, 1, 0, 0));
        assertThat(replaced.changes().parties()).containsExactly("SPD", "Freie Wähler");
        assertThat(replaced.preview().parties()).isEqualTo(new Tally(1, 1, 0, 2));
        assertThat(reconcile(here, here, ImportMode.MERGE).changes().parties()).isNull();
    }

    @Test
    void picturesAreCountedByWhereTheyAreAndAMissingOneIsANote() {
        Post post = post(1, "Stadtfest").withImages(List.of(new PostImage("a.jpg", ""), new PostImage("b.jpg", ""),
                new PostImage("c.jpg", "")));
        PlanReconciliation.Pictures pictures = new PlanReconciliation.Pictures() {
            @Override
            public boolean inFile(String mediaFile) {
                return Set.of("a.jpg", "b.jpg").contains(mediaFile);
            }

            @Override
            public boolean inLibrary(String mediaFile) {
                return mediaFile.equals("b.jpg");
            }
        };

        PlanReconciliation.Result result = PlanReconciliation.reconcile(plan(List.of()), posts(post), pictures,
                ImportMode.MERGE);

        assertThat(result.preview().pictures()).isEqualTo(new Tally(1, 1, 0, 0));
        assertThat(result.preview().issues()).containsExactly(
                new ImportIssue(false, "jsonImport.note.pictureMissing", List.of("c.jpg")));
    }

    @Test
    void theLandIsTheFilesWhenItNamesOne() {
        PlanData here = new PlanData(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), "SN");
        PlanData thuringia = new PlanData(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), "TH");
        PlanData silent = new PlanData(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null);

        assertThat(reconcile(here, thuringia, ImportMode.MERGE).changes().state()).isEqualTo("TH");
        assertThat(reconcile(here, silent, ImportMode.REPLACE).changes().state()).isNull();
        assertThat(reconcile(here, silent, ImportMode.REPLACE).preview().stateAfter()).isEqualTo("SN");
    }

    private static PlanReconciliation.Result reconcile(PlanData current, PlanData incoming, ImportMode mode) {
        return PlanReconciliation.reconcile(current, incoming, NO_PICTURES, mode);
    }

    private static List<AuditEntry> chain(int length) {
        return chain(length, "Sachlich");
    }

    private static List<AuditEntry> chain(int length, String reason) {
        List<AuditEntry> entries = new ArrayList<>();
        AuditEntry last = null;
        for (int index = 0; index < length; index++) {
            last = AuditChain.next(last, new Confirmation(NOON.plusSeconds(index), "Bürgermeisterwahl 2029",
                    List.of("neutrality.candidate"), PostId.of(index + 1), "ab".repeat(32), reason + " " + index));
            entries.add(last);
        }
        return entries;
    }

    private static Post post(long id, String title) {
        return new Post(PostId.of(id), title, "Text", null, PostStatus.IDEA, Set.of(), List.of(), "", List.of(), NOON, NOON);
    }

    private static Delivery delivery(long id, ChannelKind channel, String publishedAt) {
        return new Delivery(id, PostId.of(1), channel, null, "", Delivery.Method.MANUAL, Instant.parse(publishedAt), "",
                Instant.parse(publishedAt));
    }

    private static PlanData plan(List<AuditEntry> log) {
        return new PlanData(List.of(), List.of(), List.of(), List.of(), log, List.of(), "SN");
    }

    private static PlanData posts(Post... posts) {
        return new PlanData(List.of(posts), List.of(), List.of(), List.of(), List.of(), List.of(), "SN");
    }

    private static PlanData accounts(ChannelAccount... accounts) {
        return new PlanData(List.of(), List.of(accounts), List.of(), List.of(), List.of(), List.of(), "SN");
    }

    private static PlanData parties(String... parties) {
        return new PlanData(List.of(), List.of(), List.of(), List.of(parties), List.of(), List.of(), "SN");
    }
}
