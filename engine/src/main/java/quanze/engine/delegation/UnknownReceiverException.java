package quanze.engine.delegation;

/** The receiver names no township of the registry and no village: the caller must fix the input. */
public class UnknownReceiverException extends IllegalArgumentException {
    public UnknownReceiverException(String message) {
        super(message);
    }
}
