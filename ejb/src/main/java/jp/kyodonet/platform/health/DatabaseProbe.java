package jp.kyodonet.platform.health;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Answers whether the database answers: a connection from the pool that validates within two seconds. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseProbe {

    @Resource(lookup = "jdbc/kyodo")
    DataSource dataSource;

    /** Null when the database is reachable, else what went wrong. */
    public String problem() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2) ? null : "connection did not validate";
        } catch (SQLException e) {
            return e.getMessage();
        }
    }
}
