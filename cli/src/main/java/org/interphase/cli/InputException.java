package org.interphase.cli;

/**
 * A mistake in the user's input (a file, an option): the command prints the message, prefixed with
 * the position {@code file:line:column} where it is known, and exits with {@link Main#USER_ERROR}.
 */
final class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    InputException(String message) {
        super(message);
    }

    InputException(String message, Throwable cause) {
        super(message, cause);
    }

    /** @return an error at a node's position, {@code file:line:col: message} */
    static InputException at(Node node, String message) {
        return new InputException(node.position() + ": " + message);
    }
}
