package app.herold.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.herold.domain.UserFacingException;
import app.herold.domain.post.PostId;
import app.herold.domain.rules.AuditLog.Verification;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final String CONTENT = "a".repeat(64);

    static Confirmation confirmation(int minute, String reason) {
        return new Confirmation(Instant.parse("2029-05-20T08:00:00Z").plusSeconds(60L * minute),
                "Bürgermeisterwahl Meerane 2029", List.of("neutrality.candidate", "neutrality.record"), PostId.of(7),
                CONTENT, reason);
    }

    private static List<AuditEntry> chainOfThree() {
        List<AuditEntry> entries = new ArrayList<>();
        AuditEntry last = null;
        for (String reason : List.of("Amtliche Eröffnung", "Pflichtbekanntmachung", "Termin der Briefwahl")) {
            last = AuditChain.next(last, confirmation(entries.size(), reason));
            entries.add(last);
        }
        return entries;
    }

    @Test
    void entriesAreNumberedFromOneAndEachPointsAtTheHashBefore() {
        List<AuditEntry> entries = chainOfThree();

        assertThat(entries).extracting(AuditEntry::sequence).containsExactly(1L, 2L, 3L);
        assertThat(entries.get(0).previousHash()).isEqualTo(AuditChain.GENESIS).isEqualTo("0".repeat(64));
        assertThat(entries.get(1).previousHash()).isEqualTo(entries.get(0).hash());
        assertThat(entries.get(2).previousHash()).isEqualTo(entries.get(1).hash());
        assertThat(entries).extracting(AuditEntry::hash).allMatch(hash -> hash.matches("[0-9a-f]{64}"))
                .doesNotHaveDuplicates();
        assertThat(AuditChain.verify(entries)).isEqualTo(Verification.intact(3));
    }

    @Test
    void theHashIsTheDocumentedOne() {
        AuditEntry first = AuditChain.next(null, new Confirmation(Instant.parse("2029-05-20T08:00:00.1234567Z"),
                "Wahl", List.of("neutrality.party"), PostId.of(7), CONTENT, "Zeile\nzwei"));

        String canonical = "1\n2029-05-20T08:00:00.123456Z\nWahl\nneutrality.party\n7\n" + CONTENT + "\nZeile\\nzwei\n";
        assertThat(first.hash()).isEqualTo(Sha256.hex("0".repeat(64) + "\n" + canonical));
        assertThat(first.recordedAt()).isEqualTo(Instant.parse("2029-05-20T08:00:00.123456Z"));
    }

    @Test
    void anEmptyLogIsIntact() {
        assertThat(AuditChain.verify(List.of())).isEqualTo(new Verification(true, 0, -1));
    }

    @Test
    void aChangedReasonBreaksTheChainAtThatEntry() {
        List<AuditEntry> entries = new ArrayList<>(chainOfThree());
        AuditEntry second = entries.get(1);
        entries.set(1, new AuditEntry(2, second.recordedAt(), second.election(), second.rules(), second.post(),
                second.contentHash(), "Wahlwerbung, aber egal", second.previousHash(), second.hash()));

        assertThat(AuditChain.verify(entries)).isEqualTo(Verification.brokenAt(3, 2));
    }

    @Test
    void aChangedEntryWithItsHashRecomputedBreaksTheChainAtTheNextOne() {
        List<AuditEntry> entries = new ArrayList<>(chainOfThree());
        AuditEntry second = entries.get(1);
        AuditEntry forged = new AuditEntry(2, second.recordedAt(), second.election(), List.of("neutrality.record"),
                second.post(), second.contentHash(), second.reason(), second.previousHash(), "");
        entries.set(1, new AuditEntry(2, forged.recordedAt(), forged.election(), forged.rules(), forged.post(),
                forged.contentHash(), forged.reason(), forged.previousHash(), AuditChain.hashOf(forged)));

        assertThat(AuditChain.verify(entries)).isEqualTo(Verification.brokenAt(3, 3));
    }

    @Test
    void aRemovedEntryBreaksTheChainAtTheOneAfterIt() {
        List<AuditEntry> entries = new ArrayList<>(chainOfThree());
        entries.remove(1);

        assertThat(AuditChain.verify(entries).firstBrokenSequence()).isEqualTo(3);
    }

    @Test
    void aRemovedFirstEntryIsNoticedToo() {
        List<AuditEntry> entries = new ArrayList<>(chainOfThree());
        entries.remove(0);

        assertThat(AuditChain.verify(entries).firstBrokenSequence()).isEqualTo(2);
    }

    @Test
    void aBlankReasonIsRefusedWithASentenceForTheOfficer() {
        for (String blank : new String[] {null, "", "   \n\t"}) {
            assertThatThrownBy(() -> confirmation(0, blank)).isInstanceOf(UserFacingException.class)
                    .extracting(problem -> ((UserFacingException) problem).messageKey()).isEqualTo("error.audit.reason");
        }
    }

    @Test
    void aReasonIsKeptWithoutSurroundingSpaceAndUpToTwoThousandCharacters() {
        assertThat(confirmation(0, "  Amtliche Bekanntmachung \n").reason()).isEqualTo("Amtliche Bekanntmachung");
        assertThat(confirmation(0, "x".repeat(2_000)).reason()).hasSize(2_000);
        assertThatThrownBy(() -> confirmation(0, "x".repeat(2_001))).isInstanceOf(UserFacingException.class)
                .extracting(problem -> ((UserFacingException) problem).messageKey())
                .isEqualTo("error.audit.reasonTooLong");
    }

    @Test
    void aConfirmationNamesItsElectionItsRulesAndTheContentsFingerprint() {
        Instant now = Instant.parse("2029-05-20T08:00:00Z");
        PostId post = PostId.of(7);
        List<String> rules = List.of("neutrality.party");

        assertThatThrownBy(() -> new Confirmation(now, " ", rules, post, CONTENT, "Grund"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Confirmation(now, "Wahl", List.of(), post, CONTENT, "Grund"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Confirmation(now, "Wahl", List.of("a,b"), post, CONTENT, "Grund"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Confirmation(now, "Wahl", rules, post, "ABC", "Grund"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
