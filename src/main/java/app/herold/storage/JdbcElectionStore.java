package app.herold.storage;

import app.herold.domain.UserFacingException;
import app.herold.domain.rules.Election;
import app.herold.domain.rules.ElectionStore;
import app.herold.domain.rules.ElectionType;
import app.herold.domain.rules.ElectionWindows;
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
            boolean insert = election.id() == 0;
            String sql = insert
                    ? "INSERT INTO election (kind, election_date, announced_on, name, candidates, voter_groups, example,"
                            + " warning, hot_phase) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    : "UPDATE election SET kind = ?, election_date = ?, announced_on = ?, name = ?, candidates = ?,"
                            + " voter_groups = ?, example = ?, warning = ?, hot_phase = ? WHERE id = ?";
            try (PreparedStatement statement = insert ? connection.prepareStatement(sql, new String[] {"ID"})
                    : connection.prepareStatement(sql)) {
                statement.setString(1, election.type().id());
                statement.setDate(2, Date.valueOf(election.date()));
                if (election.announcedOn() == null) {
                    statement.setNull(3, Types.DATE);
                } else {
                    statement.setDate(3, Date.valueOf(election.announcedOn()));
                }
                statement.setString(4, election.name());
                statement.setString(5, String.join("\n", election.candidates()));
                statement.setString(6, String.join("\n", election.groups()));
                statement.setBoolean(7, election.example());
                boolean defaults = election.windows().equals(ElectionWindows.DEFAULT);
                statement.setString(8, defaults ? null : election.windows().warning().toString());
                statement.setString(9, defaults ? null : election.windows().hotPhase().toString());
                if (insert) {
                    statement.executeUpdate();
                    try (ResultSet keys = statement.getGeneratedKeys()) {
                        keys.next();
                        return election.withId(keys.getLong(1));
                    }
                }
                statement.setLong(10, election.id());
                if (statement.executeUpdate() == 0) {
                    throw new UserFacingException("error.election.notFound", String.valueOf(election.id()));
                }
                return election;
            }
        });
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
            return null;
        });
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
