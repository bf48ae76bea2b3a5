package dev.closeloop.internal;

/** Argument checks for the API edge. Messages name the parameter and say what to pass instead. */
public final class Checks {
    private Checks() {}

    /**
     * Returns {@code value} or throws a {@link NullPointerException} naming the parameter.
     *
     * @param value the argument
     * @param name the parameter's name, as the caller wrote it
     * @param <T> the argument's type
     * @return {@code value}
     */
    public static <T> T notNull(T value, String name) {
        if (value == null) {
            throw new NullPointerException("The parameter '" + name + "' must not be null.");
        }
        return value;
    }

    /**
     * Throws an {@link IllegalArgumentException} with the given message when {@code condition} is false.
     * The message is built by the caller only on failure, through {@code String.format} arguments.
     *
     * @param condition what must hold
     * @param format the message format, in {@link String#format} syntax
     * @param args the format's arguments
     */
    public static void argument(boolean condition, String format, Object... args) {
        if (!condition) {
            throw new IllegalArgumentException(String.format(format, args));
        }
    }

    /**
     * {@link #argument(boolean, String, Object...)} for two int arguments, boxed only on failure: the records
     * check their spans with it on every finding.
     *
     * @param condition what must hold
     * @param format the message format, in {@link String#format} syntax
     * @param a the first argument
     * @param b the second argument
     */
    public static void argument(boolean condition, String format, int a, int b) {
        if (!condition) {
            throw new IllegalArgumentException(String.format(format, a, b));
        }
    }

    /**
     * {@link #argument(boolean, String, Object...)} for three int arguments, boxed only on failure.
     *
     * @param condition what must hold
     * @param format the message format, in {@link String#format} syntax
     * @param a the first argument
     * @param b the second argument
     * @param c the third argument
     */
    public static void argument(boolean condition, String format, int a, int b, int c) {
        if (!condition) {
            throw new IllegalArgumentException(String.format(format, a, b, c));
        }
    }
}
