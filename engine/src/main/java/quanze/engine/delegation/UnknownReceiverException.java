package quanze.engine.delegation;

/** The receiver names no township of the registry and no village: the caller must fix the input. */
public class UnknownReceiverException extends IllegalArgumentException {
    private final String field;

    public UnknownReceiverException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The input field that names the receiver: {@code receiver} of a delegation, {@code townships} of a request. */
    public String field() {
        return field;
    }
}
