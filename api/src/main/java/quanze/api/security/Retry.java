package quanze.api.security;

import org.springframework.dao.DuplicateKeyException;

/**
 * PostgreSQL's MERGE may still meet a row another transaction inserted after the MERGE looked (its documentation
 * says so): the second attempt finds the row and updates it.
 */
final class Retry {
    private Retry() {
    }

    static int onDuplicate(java.util.function.IntSupplier statement) {
        try {
            return statement.getAsInt();
        } catch (DuplicateKeyException e) {
            return statement.getAsInt();
        }
    }
}
