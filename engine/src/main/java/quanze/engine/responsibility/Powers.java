package quanze.engine.responsibility;

import java.util.Optional;

/**
 * What the delegation list says about a power code (TER): whether a township lawfully holds it
 * (handed to it and the delegation's decision is not DENY), and which department it comes from.
 */
public interface Powers {
    boolean holds(String townshipCode, String itemCode);

    Optional<String> department(String itemCode);

    Powers NONE = new Powers() {
        @Override
        public boolean holds(String townshipCode, String itemCode) {
            return false;
        }

        @Override
        public Optional<String> department(String itemCode) {
            return Optional.empty();
        }
    };
}
