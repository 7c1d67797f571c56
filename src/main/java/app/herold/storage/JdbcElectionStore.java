package app.herold.storage;

import app.herold.domain.UserFacingException;
import app.herold.domain.rules.Election;
import app.herold.domain.rules.ElectionStore;
import app.herold.domain.rules.ElectionType;
import app.herold.domain.rules.ElectionWindows;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;

/**
 * The election calendar and the party list in H2. Candidates and voter groups are kept one per
 * line in a column of their election: they are only ever read and written with it.
 */
final class JdbcElectionStore implements ElectionStore {

    private static final String COLUMNS = "id, kind, election_date, announced_on, name, candidates, voter_groups, example,"
            + " warning, hot_phase";

    private final Transactions transactions;

    JdbcElectionStore(DataSource dataSource) {
        this.transactions = new Transactions(dataSource);
    }

    @Override
    public List<Election> elections() {
        return transactions.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM election ORDER BY election_date, id");
                 ResultSet rows = statement.executeQuery()) {
                List<Election> elections = new ArrayList<>();
                while (rows.next()) {
                    ElectionType.fromId(rows.getString("kind")).ifPresent(type -> {
                        try {
                            elections.add(read(rows, type));
                        } catch (SQLException e) {
                            throw StorageFailures.translate(e);
                        }
                    });
                }
                return elections;
            }
        });
    }

    @Override
    public Election save(Election election) {
        return transactions.write(connection -> {
            if (election.id() == 0) {
                return insert(connection, election, false);
            }
            update(connection, election);
            return election;
        });
    }

    /** Inserts an election, under its id when {@code withId} (an import), and returns it with its id. */
    static Election insert(Connection connection, Election election, boolean withId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO election (" + (withId ? "id, " : "")
                + "kind, election_date, announced_on, name, candidates, voter_groups, example, warning, hot_phase)"
                + " VALUES (" + (withId ? "?, " : "") + "?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"ID"})) {
            int first = 1;
            if (withId) {
                statement.setLong(first++, election.id());
            }
            bindContent(statement, first, election);
            statement.executeUpdate();
            if (withId) {
                return election;
            }
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return election.withId(keys.getLong(1));
            }
        }
    }

    static void update(Connection connection, Election election) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("UPDATE election SET kind = ?, election_date = ?,"
                + " announced_on = ?, name = ?, candidates = ?, voter_groups = ?, example = ?, warning = ?, hot_phase = ?"
                + " WHERE id = ?")) {
            int next = bindContent(statement, 1, election);
            statement.setLong(next, election.id());
            if (statement.executeUpdate() == 0) {
                throw new UserFacingException("error.election.notFound", String.valueOf(election.id()));
            }
        }
    }

    /** Binds the nine content columns from {@code first} on and returns the next free parameter index. */
    private static int bindContent(PreparedStatement statement, int first, Election election) throws SQLException {
        int index = first;
        statement.setString(index++, election.type().id());
        statement.setDate(index++, Date.valueOf(election.date()));
        if (election.announcedOn() == null) {
            statement.setNull(index++, Types.DATE);
        } else {
            statement.setDate(index++, Date.valueOf(election.announcedOn()));
        }
        statement.setString(index++, election.name());
        statement.setString(index++, String.join("\n", election.candidates()));
        statement.setString(index++, String.join("\n", election.groups()));
        statement.setBoolean(index++, election.example());
        boolean defaults = election.windows().equals(ElectionWindows.DEFAULT);
        statement.setString(index++, defaults ? null : election.windows().warning().toString());
        statement.setString(index++, defaults ? null : election.windows().hotPhase().toString());
        return index;
    }

    @Override
    public boolean remove(long id) {
        return transactions.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("DELETE FROM election WHERE id = ?")) {
                statement.setLong(1, id);
                return statement.executeUpdate() > 0;
            }
        });
    }

    @Override
    public List<String> parties() {
        return transactions.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT name FROM party ORDER BY position");
                 ResultSet rows = statement.executeQuery()) {
                List<String> parties = new ArrayList<>();
                while (rows.next()) {
                    parties.add(rows.getString(1));
                }
                return parties;
            }
        });
    }

    @Override
    public void replaceParties(List<String> parties) {
        transactions.write(connection -> {
            replaceParties(connection, parties);
            return null;
        });
    }

    static void replaceParties(Connection connection, List<String> parties) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM party");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO party (position, name) VALUES (?, ?)")) {
            delete.executeUpdate();
            int position = 0;
            for (String party : parties) {
                if (party != null && !party.isBlank()) {
                    insert.setInt(1, position++);
                    insert.setString(2, party.strip());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static Election read(ResultSet rows, ElectionType type) throws SQLException {
        Date announced = rows.getDate("announced_on");
        String warning = rows.getString("warning");
        String hot = rows.getString("hot_phase");
        ElectionWindows windows = warning == null || hot == null ? ElectionWindows.DEFAULT
                : new ElectionWindows(Period.parse(warning), Period.parse(hot));
        return new Election(rows.getLong("id"), type, rows.getDate("election_date").toLocalDate(),
                announced == null ? null : announced.toLocalDate(), rows.getString("name"), lines(rows.getString("candidates")),
                lines(rows.getString("voter_groups")), rows.getBoolean("example"), windows);
    }

    private static List<String> lines(String joined) {
        return joined == null || joined.isBlank() ? List.of()
                : Arrays.stream(joined.split("\n")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
