package app.herold.domain.exchange;

import app.herold.domain.channel.AccountId;
import app.herold.domain.channel.ChannelAccount;
import app.herold.domain.post.Delivery;
import app.herold.domain.post.Post;
import app.herold.domain.post.PostImage;
import app.herold.domain.rules.AuditChain;
import app.herold.domain.rules.AuditEntry;
import app.herold.domain.rules.AuditLog.Verification;
import app.herold.domain.rules.Election;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.ToLongFunction;

/**
 * Compares a file's plan with the plan that is there and works out what an import shows and writes.
 * Posts, accounts and elections are the same item when they have the same number; the same number with
 * other content is a change, which the file wins. Deliveries are the same when everything but their
 * number agrees, so importing a file twice never records a publication twice.
 *
 * <p>The audit log is never rewritten, by law (the neutrality confirmations are evidence) and by the
 * database's trigger. A file's entries are appended only when they continue this log: when this log is
 * empty, or when the file holds every entry of this log (the same hash at this log's last position)
 * and more after it. A file whose log is an older part of this one adds nothing. Any other file log
 * (another computer's, or one whose chain is broken) is left out with a note, and the rest of the import
 * goes ahead: posts and settings can be brought over, the evidence of another log cannot be merged into
 * this one without rewriting it.
 */
public final class PlanReconciliation {

    /** What an import would show, and what it writes if the preview has no problem. */
    public record Result(ImportPreview preview, PlanChanges changes) {
    }

    /** Where the pictures the file's posts show are: in the file, and already in the media folder. */
    public interface Pictures {

        boolean inFile(String mediaFile);

        boolean inLibrary(String mediaFile);
    }

    private PlanReconciliation() {
    }

    public static Result reconcile(PlanData current, PlanData incoming, Pictures pictures, ImportMode mode) {
        boolean replace = mode == ImportMode.REPLACE;
        List<ImportIssue> issues = new ArrayList<>();

        ById<Post> posts = ById.compare(current.posts(), incoming.posts(), post -> post.id().value(),
                Post::sameContentAs);
        ById<ChannelAccount> accounts = ById.compare(current.accounts(), incoming.accounts(),
                account -> account.id().value(), Object::equals);
        ById<Election> elections = ById.compare(current.elections(), incoming.elections(), Election::id,
                Object::equals);
        posts.duplicates().forEach(id -> issues.add(ImportIssue.problem("jsonImport.problem.duplicatePost", id)));
        accounts.duplicates().forEach(id -> issues.add(ImportIssue.problem("jsonImport.problem.duplicateAccount", id)));
        elections.duplicates().forEach(id -> issues.add(ImportIssue.problem("jsonImport.problem.duplicateElection", id)));

        Map<Long, ChannelAccount> accountsAfter = after(current.accounts(), accounts.kept(), replace,
                account -> account.id().value());
        checkAccountNames(accountsAfter.values(), issues);
        for (Post post : posts.kept()) {
            for (AccountId account : post.accounts()) {
                if (!accountsAfter.containsKey(account.value())) {
                    issues.add(ImportIssue.problem("jsonImport.problem.postAccount", post.id(), account));
                }
            }
        }
        Set<Long> postsAfter = after(current.posts(), posts.kept(), replace, post -> post.id().value()).keySet();

        Deliveries deliveries = deliveries(current.deliveries(), incoming.deliveries(), postsAfter,
                accountsAfter.keySet(), replace, issues);
        AuditAppend audit = auditAppend(current.auditLog(), incoming.auditLog(), issues);
        Parties parties = parties(current.parties(), incoming.parties(), replace);
        Tally pictureTally = pictures(posts.kept(), pictures, issues);
        String stateAfter = incoming.state() == null ? current.state() : incoming.state();

        ImportPreview preview = new ImportPreview(mode, posts.tally(replace), accounts.tally(replace),
                elections.tally(replace), parties.tally(), deliveries.tally(), new Tally(audit.append().size(),
                audit.present(), 0, 0), pictureTally, current.state(), stateAfter, issues);
        PlanChanges changes = new PlanChanges(replace,
                replace ? accounts.kept() : accounts.added(), replace ? List.of() : accounts.changed(),
                replace ? elections.kept() : elections.added(), replace ? List.of() : elections.changed(),
                parties.after().equals(current.parties()) ? null : parties.after(),
                replace ? posts.kept() : posts.added(), replace ? List.of() : posts.changed(),
                deliveries.write(), audit.append(),
                Objects.equals(current.state(), stateAfter) ? null : stateAfter);
        return new Result(preview, changes);
    }

    /** The file's items sorted against the plan's by number; a number the file repeats is kept once. */
    private record ById<T>(List<T> kept, List<T> added, List<T> present, List<T> changed, List<T> removed,
                           List<Long> duplicates) {

        static <T> ById<T> compare(List<T> current, List<T> incoming, ToLongFunction<T> id, BiPredicate<T, T> same) {
            Map<Long, T> here = new HashMap<>();
            current.forEach(item -> here.put(id.applyAsLong(item), item));
            ById<T> sorted = new ById<>(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>(), new ArrayList<>());
            Set<Long> seen = new HashSet<>();
            for (T item : incoming) {
                long key = id.applyAsLong(item);
                if (!seen.add(key)) {
                    sorted.duplicates.add(key);
                    continue;
                }
                sorted.kept.add(item);
                T existing = here.get(key);
                if (existing == null) {
                    sorted.added.add(item);
                } else if (same.test(existing, item)) {
                    sorted.present.add(item);
                } else {
                    sorted.changed.add(item);
                }
            }
            current.stream().filter(item -> !seen.contains(id.applyAsLong(item))).forEach(sorted.removed::add);
            return sorted;
        }

        /** A merge removes nothing, so it shows nothing as removed. */
        Tally tally(boolean replace) {
            return new Tally(added.size(), present.size(), changed.size(), replace ? removed.size() : 0);
        }
    }

    /** The items after the import by number: the file's alone when replacing, else the plan's with the file's over them. */
    private static <T> Map<Long, T> after(List<T> current, List<T> incoming, boolean replace, ToLongFunction<T> id) {
        Map<Long, T> after = new LinkedHashMap<>();
        if (!replace) {
            current.forEach(item -> after.put(id.applyAsLong(item), item));
        }
        incoming.forEach(item -> after.put(id.applyAsLong(item), item));
        return after;
    }

    /** Account names are unique regardless of case, as the database keeps them. */
    private static void checkAccountNames(Iterable<ChannelAccount> accounts, List<ImportIssue> issues) {
        Map<String, ChannelAccount> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (ChannelAccount account : accounts) {
            if (byName.putIfAbsent(account.name(), account) != null) {
                issues.add(ImportIssue.problem("jsonImport.problem.accountName", account.name()));
            }
        }
    }

    private record Deliveries(List<Delivery> write, Tally tally) {
    }

    private static Deliveries deliveries(List<Delivery> current, List<Delivery> incoming, Set<Long> postsAfter,
                                         Set<Long> accountsAfter, boolean replace, List<ImportIssue> issues) {
        Set<Delivery> here = new HashSet<>();
        current.forEach(delivery -> here.add(withId(delivery, 0)));
        // Replacing removes every post and, with them, every delivery: the file's are all written anew.
        Set<Long> takenIds = new HashSet<>();
        if (!replace) {
            current.forEach(delivery -> takenIds.add(delivery.id()));
        }
        Set<Delivery> inFile = new HashSet<>();
        List<Delivery> write = new ArrayList<>();
        int added = 0;
        int present = 0;
        for (Delivery delivery : incoming) {
            if (!postsAfter.contains(delivery.post().value())) {
                issues.add(ImportIssue.problem("jsonImport.problem.deliveryPost", delivery.id(), delivery.post()));
                continue;
            }
            // Like the log itself: an account that is gone is kept by its name only.
            Delivery kept = delivery.account() == null || accountsAfter.contains(delivery.account().value()) ? delivery
                    : new Delivery(delivery.id(), delivery.post(), delivery.channel(), null, delivery.accountName(),
                            delivery.method(), delivery.publishedAt(), delivery.link(), delivery.recordedAt());
            Delivery content = withId(kept, 0);
            if (!inFile.add(content)) {
                continue;
            }
            if (here.contains(content)) {
                present++;
                if (!replace) {
                    continue;
                }
            } else {
                added++;
            }
            write.add(kept.id() > 0 && takenIds.add(kept.id()) ? kept : content);
        }
        int removed = replace ? (int) here.stream().filter(delivery -> !inFile.contains(delivery)).count() : 0;
        return new Deliveries(write, new Tally(added, present, 0, removed));
    }

    private static Delivery withId(Delivery delivery, long id) {
        return new Delivery(id, delivery.post(), delivery.channel(), delivery.account(), delivery.accountName(),
                delivery.method(), delivery.publishedAt(), delivery.link(), delivery.recordedAt());
    }

    private record AuditAppend(List<AuditEntry> append, int present) {
    }

    /** The rule of the class comment: only a continuation of this log is appended, never a rewrite. */
    private static AuditAppend auditAppend(List<AuditEntry> here, List<AuditEntry> file, List<ImportIssue> issues) {
        if (file.isEmpty()) {
            return new AuditAppend(List.of(), 0);
        }
        Verification chain = AuditChain.verify(file);
        if (!chain.intact()) {
            issues.add(ImportIssue.note("jsonImport.note.auditBroken", chain.firstBrokenSequence(), file.size()));
            return new AuditAppend(List.of(), 0);
        }
        if (here.isEmpty()) {
            return new AuditAppend(file, 0);
        }
        // The file's chain is intact, so one equal hash at a position means every entry up to it is equal.
        String lastHere = here.get(here.size() - 1).hash();
        if (file.size() >= here.size() && file.get(here.size() - 1).hash().equals(lastHere)) {
            return new AuditAppend(file.subList(here.size(), file.size()), here.size());
        }
        if (file.size() < here.size() && here.get(file.size() - 1).hash().equals(file.get(file.size() - 1).hash())) {
            return new AuditAppend(List.of(), file.size());
        }
        issues.add(ImportIssue.note("jsonImport.note.auditDiverges", file.size()));
        return new AuditAppend(List.of(), 0);
    }

    private record Parties(List<String> after, Tally tally) {
    }

    private static Parties parties(List<String> current, List<String> incoming, boolean replace) {
        Set<String> file = new LinkedHashSet<>();
        incoming.stream().filter(party -> party != null && !party.isBlank()).map(String::strip).forEach(file::add);
        List<String> after = new ArrayList<>(replace ? List.of() : current);
        int added = 0;
        int present = 0;
        for (String party : file) {
            if (current.contains(party)) {
                present++;
            } else {
                added++;
            }
            if (replace || !current.contains(party)) {
                after.add(party);
            }
        }
        int removed = replace ? (int) current.stream().filter(party -> !file.contains(party)).count() : 0;
        return new Parties(after, new Tally(added, present, 0, removed));
    }

    /** The pictures of the file's posts: brought by the file, already here, or neither (a note each). */
    private static Tally pictures(List<Post> posts, Pictures pictures, List<ImportIssue> issues) {
        Set<String> shown = new LinkedHashSet<>();
        for (Post post : posts) {
            post.images().stream().map(PostImage::mediaFile).forEach(shown::add);
        }
        int added = 0;
        int present = 0;
        for (String picture : shown) {
            if (pictures.inLibrary(picture)) {
                present++;
            } else if (pictures.inFile(picture)) {
                added++;
            } else {
                issues.add(ImportIssue.note("jsonImport.note.pictureMissing", picture));
            }
        }
        return new Tally(added, present, 0, 0);
    }
}
